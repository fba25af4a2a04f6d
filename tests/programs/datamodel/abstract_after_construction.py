# A class constructed many times, then made abstract, then concrete again:
# each construction checks __abstractmethods__ as it is at that moment.
import abc


class Plain:
    def __init__(self, v):
        self.v = v


class Err(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def make(cls, n):
    out = []
    for i in range(n):
        try:
            out.append(cls(i).__class__.__name__)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


for cls in (Plain, Err):
    print(make(cls, 2))
    cls.__abstractmethods__ = frozenset({"run", "stop"})
    print(make(cls, 2))
    cls.__abstractmethods__ = frozenset()
    print(make(cls, 2))
    del cls.__abstractmethods__
    print(make(cls, 2))


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    def __init__(self, i=0):
        self.i = i


class Impl(Base):
    def run(self):
        return "run"


print(make(Impl, 2), make(Base, 1))
# a subclass of a class that becomes abstract later is not abstract itself
Impl.__abstractmethods__ = frozenset({"run"})
print(make(Impl, 1))


class Sub(Impl):
    pass


print(make(Sub, 1))
Impl.__abstractmethods__ = frozenset()
print(make(Impl, 1), make(Sub, 1))
