"""Annotations of every form: annotated assignments with and without
values, on names, attributes and subscripts, parenthesised targets (which
clear the `simple` flag), return annotations, forward references, and the
typing idioms of the stdlib (Optional, Callable, unions with |, Literal)."""
from __future__ import annotations
x: int
x: int = 1
(x): int = 1
x.y: int
x.y: int = 1
x[0]: int = 1
(x.y): int
x: list[int] = []
x: dict[str, list[tuple[int, ...]]] = {}
x: Callable[[int, str], Optional[bool]] = f
x: int | None = None
x: "Forward" = None
x: Literal["a", "b"] = "a"
x: Annotated[int, "meta"] = 1
x: tuple[()] = ()
x: type[int] = int
x: lambda: int = 0
x: (yield_) = 1
x: int = yield_ if False else 1
def f(a: int, b: "str" = "", *c: int, d: bool = True, **e: float) -> dict[str, int]: pass
def g() -> None: ...
def h() -> "Forward": ...
def k() -> (lambda: 0): ...
class C:
    attr: ClassVar[int] = 0
    other: Final = 1
    def m(self) -> Self: return self
async def a() -> Awaitable[int]: ...
