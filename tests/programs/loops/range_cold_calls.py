# The general (big-int) original of a versioned range loop calls its direct
# callees out of line when they make calls of their own, and inlines the
# arithmetic ones: both kinds give the same results on either side of the
# small-int boundary, and an error raised in a callee called from the
# original loop has the callee's frame in its traceback.
from typing import List


class Rng:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self) -> int:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def below(self, n: int) -> int:
        return self.next() % n


def mix(i: int, j: int) -> int:
    s = i + j
    return s * (s + 1) // 2 + i


def walk(rng: Rng, v: int, a: int, b: int) -> List[int]:
    out: List[int] = []
    for i in range(a, b):
        x = rng.below(v)
        y = rng.below(v)
        out.append(mix(x, y) + (i - a))
    return out


def picky(rng: Rng, n: int) -> int:
    if n == 0:
        raise ValueError("empty range for below")
    return rng.below(n)


def guarded(rng: Rng, a: int, b: int, off: int) -> int:
    t = 0
    for i in range(a, b):
        t += picky(rng, b - i - off)
    return t


big = 2**70
print(walk(Rng(7), 10, 0, 6))
print(walk(Rng(7), 10, big, big + 6))
print(walk(Rng(7), big, 3, 5))
print(guarded(Rng(3), 0, 4, 0), guarded(Rng(3), big, big + 4, 0))
try:
    guarded(Rng(3), 0, 4, 1)
except ValueError as e:
    print("caught", e)
print(guarded(Rng(3), big, big + 4, 1))
