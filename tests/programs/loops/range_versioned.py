# Range loops run as a counted copy when both bounds are small ints and as
# the general loop otherwise (passes/range_loop.cpp): the same results on
# either side of the small-int boundary, the loop variable after the loop,
# errors inside the counted copy, and loops the pass leaves alone.
from typing import List

SMALL_MAX = 2**62 - 1


def total(a: int, b: int) -> int:
    s = 0
    for i in range(a, b):
        s += i
    return s


def down(a: int, b: int) -> List[int]:
    out = []
    for i in range(a, b, -1):
        out.append(i)
    return out


def down_sum(xs: List[int]) -> int:
    s = 0
    for i in range(len(xs) - 1, -1, -1):
        s = s * 10 + xs[i]
    return s


def last(n: int) -> int:
    i = -1
    for i in range(n):
        pass
    return i


def squares(n: int) -> List[int]:
    out = []
    for k in range(n):
        out.append(k * k)
    return out


def edges(a: int, b: int) -> List[int]:
    out = []
    for i in range(a, b):
        out.append(i - a)
        if len(out) > 6:
            break
    return out


def index_all(xs: List[int]) -> int:
    acc = 0
    for i in range(len(xs)):
        acc = acc * 31 + xs[i] * i
    return acc


def rebind(n: int) -> List[int]:
    out = []
    for i in range(n):
        out.append(i)
        i += 100  # does not change the next item
        out.append(i)
    return out


def with_else(n: int) -> str:
    for i in range(n):
        if i == 100:
            return "found"
    else:
        return "else after " + str(n)
    return "unreachable"


def fails(xs: List[int], n: int) -> int:
    s = 0
    for i in range(n):
        s += xs[i]
    return s


def nested(n: int) -> int:
    c = 0
    for i in range(n):
        for j in range(i + 1, n):
            c += i * j
    return c


def in_try(n: int) -> int:
    s = 0
    try:
        for i in range(n):
            s += 10 // (3 - i)
    except ZeroDivisionError:
        s = -s
    return s


def gen(n: int):
    for i in range(n):
        yield i * 2


def flags(n: int) -> List[bool]:
    sieve = [True] * n
    for i in range(2, n):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return sieve


def first_multiple(a: int, b: int, k: int) -> int:
    found = -1
    for i in range(a, b):
        if i % k == 0:
            found = i
            break
        found = -2
    return found * 1000 + i


def find_pair(xs: List[int], t: int) -> str:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == t:
                break
        else:
            continue
        return "%d+%d at %d,%d" % (xs[i], xs[j], i, j)
    return "none"


def search_else(n: int, k: int) -> str:
    for i in range(n, 0, -1):
        if i * i < k:
            break
    else:
        return "no break, i=" + str(i)
    return "break at " + str(i)


class Big(int):
    pass


print(total(0, 10), total(-5, 5), total(3, 3), total(5, 2))
print(total(SMALL_MAX - 3, SMALL_MAX), total(SMALL_MAX - 2, SMALL_MAX + 3))
print(total(-2**62, -2**62 + 3), total(-2**62 - 2, -2**62 + 1))
print(total(2**70, 2**70 + 3), total(-2**70 - 1, -2**70 + 1))
print(total(Big(2), Big(6)), total(True, 4))
print(down(5, -1), down(-1, 5), down(-2**62 + 2, -2**62 - 3), down(2**62 + 1, 2**62 - 3))
print(down(SMALL_MAX, SMALL_MAX - 3), down(-2**62 + 3, -2**62), down_sum([1, 2, 3, 4]), down_sum([]))
print(last(5), last(0), last(1))
print(squares(6))
print(edges(SMALL_MAX - 2, 2**80), edges(-3, 2**100))
print(index_all([3, 1, 4, 1, 5, 9, 2, 6]))
print(rebind(3))
print(with_else(4), with_else(200))
print(nested(7))
print(first_multiple(1, 20, 7), first_multiple(8, 13, 7), first_multiple(SMALL_MAX - 5, SMALL_MAX + 5, 5))
print(first_multiple(-2**62 - 3, -2**62 + 3, 4), first_multiple(2**70, 2**70 + 4, 3))
print(find_pair([1, 5, 9, 14, 20], 23), find_pair([1, 2], 10))
print(search_else(10, 30), search_else(3, 1), search_else(SMALL_MAX, 2**126))
print(in_try(6))
print(list(gen(4)), [k + 1 for k in range(5)], sum(x for x in range(SMALL_MAX - 1, SMALL_MAX + 2)))
print([i for i, f in enumerate(flags(40)) if f])
try:
    print(fails([1, 2, 3], 5))
except IndexError as e:
    print("IndexError:", e)
try:
    total(0, 3.5)
except TypeError as e:
    print("TypeError:", e)
print(fails([1, 2], 3))
