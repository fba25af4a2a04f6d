# An uncaught TypeError from a NamedTuple call missing a field.
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int
print(P(1, 2))
P(1)
