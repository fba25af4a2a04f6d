# dataclasses: init/repr/eq/order/frozen, field options, InitVar and __post_init__, inheritance, fields/asdict/astuple/replace, errors, match.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
import copy

@dataclass
class Point:
    x: int
    y: int

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p.x, is_dataclass(p), is_dataclass(Point), is_dataclass(3))

@dataclass(frozen=True)
class FP:
    x: float
    y: float
    label: str = ""
    tags: list = field(default_factory=list)
    def dist(self, o):
        return ((self.x - o.x) ** 2 + (self.y - o.y) ** 2) ** 0.5

a, b = FP(0.0, 0.0), FP(3.0, 4.0, "b", ["t"])
print(a, b, a.dist(b), a == FP(0.0, 0.0), a.tags is not FP(1.0, 1.0).tags)
try:
    a.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False, repr=False)
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9, "x")]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 9))
print([f.name for f in fields(Ver)], asdict(Ver(1, 2, "n")), astuple(Ver(3)), replace(Ver(1, 2), minor=5))

@dataclass
class Inv:
    items: list = field(default_factory=list)
    total: int = field(init=False, default=0)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total = sum(self.items) * scale
print(Inv([1, 2, 3], 2), Inv())

@dataclass
class Child(Point):
    z: int = 0
print(Child(1, 2, 3), Child(1, 2))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, w=3), lambda: Point(1, x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(Point.__match_args__, hash(Point.__hash__) if Point.__hash__ else None)
match p:
    case Point(x, y):
        print("match", x, y)
d = {"a": [1, {"b": 2}]}
d2 = copy.deepcopy(d)
d2["a"][1]["b"] = 3
print(d, d2, copy.copy([1, [2]]), copy.deepcopy(p) == p, copy.copy(p) is not p)
