# Annotations never change meaning: wrong or partial annotations run exactly as CPython runs them.
def add(a: int, b: int) -> int:
    return a + b
print(add(1, 2), add("x", "y"), add([1], [2]), add(1.5, 2), add(True, True))
def scale(v: float, k: float = 2) -> float:
    return v * k
print(scale(3), scale(3, 3), type(scale(3)).__name__, scale("ab", 2))
def first(xs: list[int]) -> int:
    return xs[0]
print(first([5]), first("str"), first((9,)), first({0: "dict"}))
class Point:
    x: int
    y: int
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(1, -2)
print(p.norm1())
q = Point(1.5, "s" * 0 or 2.5)
print(q.norm1(), type(q.x).__name__)
p.x = "now a string"
print(p.x, type(p.x).__name__)
def counter(n: int) -> int:
    total: int = 0
    for i in range(n):
        total += i
    total = total / 2
    return total
print(counter(10), type(counter(10)).__name__)
def big(n: int) -> int:
    r = 1
    for i in range(1, n + 1):
        r *= i
    return r
print(big(25), big(30) // big(28))
def maybe(flag: bool) -> int:
    if flag:
        return 1
    return None
print(maybe(True), maybe(False))
x: int = 5
x = "reassigned"
print(x)
def floats(n: int) -> float:
    acc = 0
    for i in range(n):
        acc += 0.5
    return acc
print(floats(3), floats(0), type(floats(0)).__name__)
def mixed(values: list[float]) -> float:
    s = 0.0
    for v in values:
        s += v
    return s
print(mixed([1, 2, 3]), mixed([1.5, 2]), mixed([10**20, 1]))
def ints_overflow(a: int) -> int:
    return a * a * a * a
print(ints_overflow(10**6), ints_overflow(-(2**40)))
def div(a: int, b: int) -> float:
    return a / b
print(div(1, 3), div(10**30, 10**10))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print(e)
def cmp(a: float, b: float) -> bool:
    return a < b
print(cmp(1, 2), cmp(float("nan"), 1), cmp(2**53 + 1, 2.0**53))
