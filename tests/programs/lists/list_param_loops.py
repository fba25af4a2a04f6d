# Typed functions that index a list parameter in loops while the loop body
# changes the list behind the compiler's back: through a call, through a
# user __radd__/__mul__ run by a generic operation, by storing a non-float
# into a list of floats (which changes its storage), and by shrinking it so
# that an index runs out of range. Each read must see the list as it is.
from typing import List


def shrink(xs: List[float]) -> None:
    del xs[len(xs) // 2:]


def grow(xs: List[float]) -> None:
    xs.extend([0.5] * 20)


def walk(xs: List[float], n: int) -> float:
    acc = 0.0
    for j in range(n):
        if j < len(xs):
            acc += xs[j] * 2.0
        if j == 3:
            shrink(xs)
    return acc


def walk_grow(xs: List[float], n: int) -> float:
    acc = 0.0
    for j in range(n):
        if j == 2:
            grow(xs)
        if j < len(xs):
            acc += xs[j]
    return acc


class Meddler:
    def __init__(self, target: List[float]) -> None:
        self.target = target

    def __radd__(self, other: object) -> float:
        self.target.clear()
        self.target.extend([100.0] * 18)
        return 1.0

    def __rmul__(self, other: object) -> object:
        self.target[0] = "word"
        return 3.0


def total(xs: List[float], n: int, extra: object) -> float:
    acc = 0.0
    for j in range(n):
        acc += xs[j]
        if j == 1:
            acc = acc + extra
    return acc


def scaled(xs: List[float], n: int, k: object) -> List[object]:
    out: List[object] = []
    for j in range(n):
        out.append(xs[j] * k if j == 2 else xs[j])
    return out


def overrun(xs: List[float], n: int) -> float:
    acc = 0.0
    for j in range(n):
        acc += xs[j]
        if j == 5:
            shrink(xs)
    return acc


def ints(xs: List[int], n: int) -> int:
    s = 0
    for i in range(n):
        xs[i] = xs[i] + i
        s += xs[i]
        if i == 10:
            xs.append(7)
    return s


a = [1.5] * 20
print(walk(a, 20), len(a))
b = [0.25] * 16
print(walk_grow(b, 40), len(b))
c = [2.0] * 20
m = Meddler(c)
print(total(c, 10, m), c[:3], len(c))
d = [1.0] * 16
print(scaled(d, 5, Meddler(d)), d[:3])
e = [1.0] * 16
try:
    print(overrun(e, 16))
except IndexError as exc:
    print("IndexError:", exc, len(e))
f = list(range(12))
print(ints(f, 12), f)
g = [0.5] * 16
g[3] = float("nan")
print(walk(g, 16))
