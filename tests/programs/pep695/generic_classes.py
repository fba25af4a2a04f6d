# Needs Python 3.12 syntax (PEP 695 generic classes); expected output from CPython 3.12.
# taipan: python3.12
class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def kind(self):
        return T.__name__


b = Box(3)
print(b.get(), b.kind(), Box.__type_params__, Box.__qualname__)
print(Box.__mro__)
print(Box.__bases__)
print(Box[int](4).get())
print(isinstance(b, Box))


class Pair[K, V](dict):
    def first_key(self) -> K:
        return next(iter(self))


p = Pair(a=1)
print(p, p.first_key(), Pair.__mro__)
print(Pair.__type_params__)


class Base:
    def hello(self):
        return "base hello"


class Child[T](Base):
    def hello(self):
        return "child " + super().hello()

    def method[S](self, s: S) -> tuple[T, S]:
        return (T, S)


c = Child()
print(c.hello())
print(c.method(1))
print(Child.method.__qualname__, Child.method.__type_params__)
print(Child.__mro__)


# Type parameters are visible in the class body.
class Uses[T]:
    param = T
    name = T.__name__


print(Uses.param, Uses.name, Uses.param is Uses.__type_params__[0])


def make():
    class Local[T]:
        pass

    return Local


L1, L2 = make(), make()
print(L1.__qualname__, L1 is L2, L1.__type_params__[0] is L2.__type_params__[0])


class Bounded[T: (int, str), U: float]:
    pass


T, U = Bounded.__type_params__
print(T.__constraints__, U.__bound__)


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Decorated[T]:
    pass


print(Decorated.decorated, Decorated.__type_params__)


# Annotations and bounds of a generic method see the class's names.
class WithNames:
    Alias = int

    def m[T: Alias](self, x: Alias) -> T:
        return x


print(WithNames.m.__annotations__, WithNames.m.__type_params__[0].__bound__)
