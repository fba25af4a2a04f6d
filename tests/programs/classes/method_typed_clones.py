# Methods with parameters annotated int, float or bool get a typed clone; the
# generic entry hands over only when the arguments fit, so every other call
# (other types, bools for int, int subclasses, keywords, defaults, calls
# through the class, rebinding) behaves exactly as in CPython.


class Grid:
    def __init__(self, n: int) -> None:
        self.n = n
        self.cells = [0] * (n * n)

    def index(self, row: int, col: int) -> int:
        return row * self.n + col

    def mark(self, row: int, col: int, value: int = 1) -> int:
        i = self.index(row, col)
        self.cells[i] += value
        return self.cells[i]

    def scale(self, k: float) -> float:
        return k * self.n / 2

    def flag(self, on: bool) -> str:
        return "on" if on else "off"

    def total(self, start: int) -> int:
        t = start
        for i in range(len(self.cells)):
            t += self.cells[i] * i
        return t

    def label(self, row: int, name) -> str:
        return "%s@%r" % (name, row)


class MyInt(int):
    def __mul__(self, other):
        return "MyInt*" + repr(other)


g = Grid(4)
print(g.index(1, 2), g.mark(1, 2), g.mark(1, 2, 5), g.mark(row=3, col=0), g.mark(0, col=1, value=-2))
print(g.index(True, 2), g.index(2**70, 1), g.index(-1, -1), g.index(MyInt(2), 1) if False else "skip")
try:
    print(g.index(MyInt(2), 1))
except TypeError as e:
    print("TypeError:", e)
print(g.index("ab", "c"), g.index([1], [2]))
print(g.scale(3.0), g.scale(3), g.scale(True), g.scale(2**80))
print(g.flag(True), g.flag(False), g.flag(0), g.flag([]), g.flag("x"))
print(g.total(0), g.total(1.5), g.total(2**65))
print(g.label(3, "r"), g.label(3.5, None))
print(Grid.index(g, 2, 3), Grid.mark(g, 0, 0), Grid.scale(g, k=0.5))
f = g.index
print(f(3, 3), list(map(g.index, [0, 1, 2], [3, 2, 1])))
try:
    g.index(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.index(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    g.index(1, col=2, row=3)
except TypeError as e:
    print("TypeError:", e)


class Sub(Grid):
    def index(self, row, col):
        return ("sub", row, col)


s = Sub(3)
print(s.index(1, 1), Grid.index(s, 1, 1), s.scale(2.0))
try:
    s.mark(1, 1)
except TypeError as e:
    print("TypeError:", e)

# Rebinding the method on the class after calls were made.
Grid.scale = lambda self, k: ("patched", k)
print(g.scale(1.0), s.scale(2))


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def bump(self, by: int) -> int:
        self.count += by
        return self.count

    def halve(self, x: float) -> float:
        return x / 2


c = Counter()
for i in range(5):
    c.bump(i)
print(c.bump(0), c.bump(-10), c.bump(2**64), c.halve(3), c.halve(1e308 * 10), c.halve(-0.0))
try:
    c.halve("x")
except TypeError as e:
    print("TypeError:", e)
