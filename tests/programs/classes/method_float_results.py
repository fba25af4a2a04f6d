# A local assigned from a method call whose module defs all return floats
# is kept as a floatobj (decision 0071); the same call may reach other
# methods at run time, whose results (ints, big ints, strs, None, objects
# with arithmetic dunders) must come back unchanged.
import math


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y

    def length(self) -> float:
        return math.sqrt(self.dot(self))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __sub__(self, other):
        return Money(self.cents - other)

    def __neg__(self):
        return Money(-self.cents)

    def __repr__(self):
        return "Money(%r)" % self.cents


class Odd:
    def dot(self, o):
        return 10**30 + 1

    def length(self):
        return "long"


class Weird:
    def dot(self, o):
        return Money(7)

    def length(self):
        return None


def spread(v, w):
    b = v.dot(w)
    c = v.dot(v) - 1
    disc = b * b - c
    return b, c, disc, -b


def describe(v):
    n = v.length()
    if n is None:
        return "none"
    return repr(n) + " " + type(n).__name__


for v, w in [(Vec(3.0, 4.0), Vec(1.0, 2.0)), (Odd(), Odd())]:
    print(spread(v, w))
    print(describe(v))

b = Weird().dot(None)
print(b - 2, -b, type(b).__name__)
print(describe(Weird()))

total = 0.0
for i in range(5):
    t = Vec(float(i), 1.0).dot(Vec(2.0, 0.5))
    total += t
print(total, type(total).__name__)


class Late:
    pass


def late_dot(self, o):
    return 3


Late.dot = late_dot
x = Late().dot(1)
print(x, type(x).__name__, x / 2)
try:
    Vec(1.0, 2.0).dot("no")
except AttributeError as e:
    print("AttributeError:", e)
