# A user generic class subscripted is an alias (repr, __origin__, __args__,
# calling it, __orig_class__, subclassing it); class __annotations__.
from typing import Generic, TypeVar, List

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    label = "box"

    def __init__(self, v):
        self.v = v


class Pair(Generic[K, T]):
    pass


a = Box[int]
print(a, type(a).__name__)
print(a.__origin__ is Box, a.__args__)
print(Box[List[int]], Box[list[str]], Box[None])
print(Pair[int, str], Pair[int, str].__args__)
b = Box[int](5)
print(type(b).__name__, b.v, isinstance(b, Box))
print(b.__orig_class__)
print(Box[int].label)
try:
    isinstance(b, Box[int])
except TypeError as e:
    print("TypeError:", e)


class IntBox(Box[int]):
    pass


print(IntBox.__bases__, IntBox.__orig_bases__)
print(IntBox(3).v, IntBox.__mro__)


class Plain:
    pass


class Annotated:
    x: int
    y: str = "a"


class Sub(Annotated):
    pass


print(Plain.__annotations__, Annotated.__annotations__, Sub.__annotations__)
Plain.__annotations__["z"] = float
print(Plain.__annotations__)
print("__annotations__" in Plain.__dict__)
