# NamedTuple fields are read-only _tuplegetter descriptors.
from typing import NamedTuple


class P(NamedTuple):
    x: int
    y: int = 2


p = P(1)
for f in (lambda: setattr(p, "x", 3), lambda: delattr(p, "y")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(p, P.x, P.y.__doc__, type(P.x).__name__)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x)
Q = NamedTuple("Q", [("a", int)])
q = Q(7)
try:
    q.a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(q.a, q)
