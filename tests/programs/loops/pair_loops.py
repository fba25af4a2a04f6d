# Pair loops (`while lo < hi: ...; lo += 1; hi -= 1`) run as a counted copy
# when both ends are small ints on entry, and as an index copy when both
# are in the index range (passes/range_loop.cpp): the same results on
# either side of those boundaries, going either way, with one end fixed,
# the ends after the loop, and errors and breaks inside a copy.
from typing import List

SMALL_MAX = 2**62 - 1
INDEX_END = 2**28


def reverse(xs: List[int], lo: int, hi: int) -> List[int]:
    while lo < hi:
        t = xs[lo]
        xs[lo] = xs[hi]
        xs[hi] = t
        lo += 1
        hi -= 1
    return xs


def steps(lo: int, hi: int) -> str:
    n = 0
    while lo < hi:
        n += 1
        lo += 1
        hi -= 1
    return "%d %d %d" % (n, lo, hi)


def down(hi: int, lo: int) -> str:
    n = 0
    while hi > lo:
        n += hi - lo
        hi -= 1
        lo -= -1
    return "%d %d %d" % (n, hi, lo)


def one_end(lo: int, hi: int) -> str:
    n = 0
    while lo < hi:
        if n % 2 == 0:
            hi -= 1
        else:
            lo += 1
        n += 1
    return "%d %d %d" % (n, lo, hi)


def first_neg(xs: List[int]) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo < hi:
        if xs[lo] < 0:
            return lo
        if xs[hi] < 0:
            return hi
        lo += 1
        hi -= 1
    return -1


def strided(lo: int, hi: int) -> str:
    n = 0
    while lo < hi:
        lo += 2
        hi -= 1
        n += 1
    return "%d %d %d" % (n, lo, hi)


def ends_sum(xs: List[int]) -> int:
    lo = 0
    hi = xs[0]
    s = 0
    while lo < hi:
        s += xs[lo] * 100 + xs[hi]
        lo += 1
        hi -= 1
    return s


print(reverse([1, 2, 3, 4, 5, 6, 7], 0, 6))
print(reverse([1, 2, 3, 4, 5, 6, 7], 1, 4))
print(reverse([1, 2, 3, 4], -4, -1))
print(reverse([True, "b", 2.5, None, 3], 0, 4))
for lo, hi in [(0, 10), (3, 4), (4, 3), (5, 5), (-7, 3), (INDEX_END - 3, INDEX_END + 3),
               (SMALL_MAX - 5, SMALL_MAX), (SMALL_MAX - 2, SMALL_MAX + 3), (-SMALL_MAX - 1, -SMALL_MAX + 4),
               (2**70, 2**70 + 5), (-(2**70), -(2**70) + 4), (True, 3)]:
    print(steps(lo, hi), down(hi, lo), one_end(lo, hi), strided(lo, hi))
print(first_neg([1, 2, 3, -4, 5, 6]), first_neg([1, -2, 3, 4, 5, 6]), first_neg([1, 2]))
print(ends_sum([4, 1, 2, 3, 9]), ends_sum([0, 5]), ends_sum([3, 1, 2, 7]))
try:
    reverse([1, 2, 3], 0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    ends_sum([9, 1, 2])
except IndexError as e:
    print("IndexError:", e)
print(steps(1, 2.5), steps(1, 4.5), down(4.5, 1))
