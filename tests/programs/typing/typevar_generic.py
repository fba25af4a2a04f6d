# TypeVar reprs and Generic[T] user classes.
from typing import Generic, TypeVar, List, Dict
T = TypeVar("T")
U = TypeVar("U", covariant=True)
V = TypeVar("V", contravariant=True)
print(T, U, V, T.__name__, List[T], Dict[T, U])
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int](3).get(), Box("s").get(), isinstance(Box(1), Box))
class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U) -> None:
        self.a, self.b = a, b
print(Pair[int, str](1, "x").b)
