def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# X | Y unions of types (types.UnionType) and isinstance/issubclass with them.
from typing import List
print(int | str, int | None, int | str | int, (int | str).__args__, str | List[int])
print(isinstance("a", int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(2.5, int | str))
class A:
    pass
print(A | None, isinstance(A(), A | int))
def f(x: int | None = None) -> str | None:
    return None
print(f.__annotations__)
t(lambda: int | 3)
