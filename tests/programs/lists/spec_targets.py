# Speculated loads in assignment targets (irgen/spec.cpp): the container of
# `self.xs[i] = v` and the item of `xs[i] += v` are read and checked before
# the statement; when the check fails the statement runs on the generic path,
# with CPython's results and errors either way.
from typing import List


class Board:
    def __init__(self, n: int) -> None:
        self.cols = [False] * n
        self.marks = [0] * n

    def put(self, c: int) -> int:
        self.cols[c] = True
        self.marks[c] += c + 1
        return self.marks[c]

    def swap_in(self, other: object) -> None:
        setattr(self, "cols", other)  # unseen by the attribute predictions


def bump(counts: List[int], k: int, by: int) -> List[int]:
    counts[k] += by
    counts[k - 1] -= 1
    return counts


def fill(n: int) -> List[int]:
    out = [0] * n
    for i in range(n):
        out[i] += i * i
        out[i] -= 1
    return out


b = Board(4)
print(b.put(1), b.put(1), b.put(3), b.cols, b.marks)
b.swap_in({})
print(b.put(2), b.cols)
b.swap_in((1, 2, 3))
try:
    b.put(0)
except TypeError as e:
    print("TypeError:", e)
setattr(b, "marks", ["x", 0, 0, 0])
b.swap_in([0, 0])
try:
    b.put(0)
except TypeError as e:
    print("TypeError:", e)
setattr(b, "marks", [1.5, 2**70, True, -3])
b.swap_in([None] * 4)
for c in range(4):
    print(b.put(c))
try:
    b.put(7)
except IndexError as e:
    print("IndexError:", e)
print(bump([1, 2, 3], 2, 10), bump([1.5, 2, 3.25], 2, 1), bump([1, 2**64, "a"], 1, 1))
try:
    bump([1, 2, "a"], 2, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    bump([1, 2], 5, 1)
except IndexError as e:
    print("IndexError:", e)
print(bump([5, 6, 7], -1, 2))
print(fill(6))
