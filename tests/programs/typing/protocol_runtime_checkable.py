def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# Protocol classes and @runtime_checkable isinstance checks.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class Sized2(Protocol):
    size: int
@runtime_checkable
class HasSize(Protocol):
    size: int
    def area(self) -> int: ...
class F:
    def close(self):
        pass
class G:
    size = 3
    def area(self):
        return 9
class H:
    close = None
print(isinstance(F(), Closer), isinstance(1, Closer), isinstance(G(), HasSize), isinstance(F(), HasSize))
print(isinstance(H(), Closer), isinstance(G(), Closer))
t(lambda: isinstance(F(), Sized2))
class Impl(Closer):
    def close(self):
        pass
print(isinstance(Impl(), Impl), isinstance(F(), Impl), isinstance(Impl(), Closer))
t(lambda: runtime_checkable(F))
