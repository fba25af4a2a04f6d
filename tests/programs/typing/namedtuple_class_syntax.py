# class P(NamedTuple) with defaults, methods, properties and a docstring.
from typing import NamedTuple
class Pt(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    z: float = 1.5
    def norm(self):
        return self.x + self.y
    @property
    def double(self):
        return self.x * 2
p = Pt(1, z=2.0)
print(p, repr(p), str(p), p.double, p.norm(), p.__doc__)
print(Pt._fields, Pt._field_defaults, Pt.__annotations__)
a, b, c = p
print(a, b, c, p[1:], p + (9,), p.count(1), p.index(2.0), hash(p) == hash((1, 0, 2.0)))
print(type(p).__name__, Pt.__bases__, isinstance(p, tuple), p == (1, 0, 2.0), len(p))
print(p._replace(y=5), p._asdict(), Pt._make([3, 4, 5]), Pt(7))
match Pt(5, 6):
    case Pt(x, y):
        print("matched", x, y)
