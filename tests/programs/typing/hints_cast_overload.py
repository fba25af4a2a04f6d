# get_type_hints, cast, NewType, overload and TYPE_CHECKING.
from typing import NewType, cast, overload, TYPE_CHECKING, get_type_hints, Optional
class K:
    a: int
    b: "str"
    c: Optional[int] = None
class L(K):
    d: float
def fn(x: int, y: "K" = None) -> None:
    pass
print(get_type_hints(K), get_type_hints(fn))
print(get_type_hints(L))
UserId = NewType("UserId", int)
print(UserId(5), cast(str, 5), cast("int", "x"), UserId, UserId.__supertype__, UserId.__name__)
@overload
def o(x: int) -> int: ...
@overload
def o(x: str) -> str: ...
def o(x):
    return x * 2
print(o(3), o("ab"))
if TYPE_CHECKING:
    print("never")
else:
    print("runtime", TYPE_CHECKING)
