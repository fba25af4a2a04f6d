# Method calls that the compiler may call directly under a run-time guard
# (docs/decisions/0051-direct-method-calls.md). Every case where the guard
# must fail, and the results that come back unboxed, keep CPython's meaning.


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y

    def scale(self, s: float) -> "Vec":
        return Vec(self.x * s, self.y * s)

    def count(self) -> int:
        return 2

    def is_zero(self) -> bool:
        return self.x == 0 and self.y == 0

    def liar(self) -> float:
        # annotated float, returns other things
        if self.x > 10:
            return "big"
        if self.x > 5:
            return int(self.x)
        if self.x < 0:
            return None
        return self.x

    def name(self):
        return "Vec"

    def boom(self, n: int) -> float:
        return 1.0 / n


class Other:
    def name(self):
        return "Other"

    def dot(self, o):
        return "other dot"


class Sub(Vec):
    def name(self):
        return "Sub"


class Inherits(Vec):
    pass


def show(v):
    print(v.name(), v.dot(v), type(v.dot(v)).__name__)


a = Vec(1.5, 2.0)
b = Vec(3.0, -1.0)
print(a.dot(b), a.scale(2.0).x, a.count(), a.is_zero(), Vec(0, 0).is_zero())
for v in [a, Sub(1.0, 1.0), Inherits(2.0, 0.5), Other()]:
    show(v)

# annotated float, other results
for x in [1.0, 7.5, 12.0, -3.0]:
    r = Vec(x, 0.0).liar()
    print(repr(r), type(r).__name__)
total = 0.0
for x in [1.0, 2.0]:
    total += Vec(x, 0.0).liar()
print(total)

# typed parameter given other types: the generic body runs
print(a.scale(2).x, a.scale(True).y)
try:
    a.scale("s")
except TypeError as e:
    print("TypeError:", e)

# exceptions from a directly called method
try:
    a.boom(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(a.boom(4))

# wrong argument counts and keywords take the generic call
try:
    a.dot()
except TypeError as e:
    print("TypeError:", e)
try:
    a.dot(b, b)
except TypeError as e:
    print("TypeError:", e)
print(a.dot(o=b))

# an instance attribute shadows the method
c = Vec(1.0, 1.0)
print(c.name())
c.name = lambda: "shadowed"
print(c.name())
del c.name
print(c.name())

# the method replaced on the class, then restored
saved = Vec.dot
Vec.dot = lambda self, o: "patched"
print(a.dot(b))
Vec.dot = saved
print(a.dot(b))

# a function that is not a method of the class, a builtin method of the same name
print("a,b".count(","), [1, 2, 2].count(2))


class Counter:
    def count(self):
        return "Counter.count"


print(Counter().count())

# __getattribute__ and __getattr__
class Traced(Vec):
    def __getattribute__(self, name):
        if name == "dot":
            return lambda o: "traced dot"
        return object.__getattribute__(self, name)


print(Traced(1.0, 1.0).dot(a))


# a staticmethod and a classmethod of the same name on another class
class Static:
    @staticmethod
    def name():
        return "static"

    @classmethod
    def count(cls):
        return cls.__name__


print(Static().name(), Static().count())

# many receivers at one call site
items = [Vec(1.0, 2.0), Sub(2.0, 3.0), Other(), Inherits(0.5, 0.5), Vec(3.0, 1.0)]
print([it.name() for it in items])
print([it.dot(it) for it in items])

# a method called through a loop thousands of times, with a class change
acc = 0.0
for i in range(3000):
    v = Vec(float(i), 1.0) if i % 3 else Sub(float(i), 2.0)
    acc += v.dot(v)
    if i == 1500:
        Sub.dot = lambda self, o: 1.0
print(acc)
