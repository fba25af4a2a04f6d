# An uncaught TypeError from a class keyword nobody consumes.
class Meta(type):
    pass


class Base(metaclass=Meta):
    pass


print("before")


class Child(Base, colour="blue"):
    pass


print("not reached")
