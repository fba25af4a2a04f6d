# The functional NamedTuple forms; comparisons and ordering of instances.
from typing import NamedTuple
P2 = NamedTuple("P2", [("a", int), ("b", str)])
print(P2(1, "s"), P2._fields, P2.__annotations__, P2(b="x", a=2))
P3 = NamedTuple("P3", x=int, y=str)
print(P3(1, "a"), P3._fields)
print(P2(1, "x") == (1, "x"), P2(1, "x") < P2(2, "a"), sorted([P2(3, "c"), P2(1, "z")]))
d = {P2(1, "a"): "one"}
print(d[(1, "a")])
