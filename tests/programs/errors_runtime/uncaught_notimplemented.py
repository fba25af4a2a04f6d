# An abstract-style method raising NotImplementedError with a message.
class Base:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
class Sq(Base):
    pass
print("computing")
Sq().area()
