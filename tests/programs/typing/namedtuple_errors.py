def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# NamedTuple construction errors with CPython's messages.
from typing import NamedTuple
class Pt(NamedTuple):
    x: int
    y: int = 0
    z: float = 1.5
class Q(NamedTuple):
    a: int
    b: str
p = Pt(1)
t(lambda: Pt())
t(lambda: Pt(1, 2, 3, 4))
t(lambda: Q(1, 2, 3))
t(lambda: Q())
t(lambda: Pt(1, w=3))
t(lambda: Pt(1, x=3))
t(lambda: p._replace(w=1))
t(lambda: Pt._make([1]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
