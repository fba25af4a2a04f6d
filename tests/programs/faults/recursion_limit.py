# sys.setrecursionlimit is honoured: a lower limit, a raised one (deep
# recursion succeeds, still no segfault beyond it), and CPython's errors.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), depth(0))
sys.setrecursionlimit(50000)
print(sys.getrecursionlimit())


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(40000))
print(depth(0))


def lower_inside(n):
    if n == 0:
        sys.setrecursionlimit(10)
        return "lowered"
    return lower_inside(n - 1)


try:
    lower_inside(50)
except RecursionError as e:
    print(e)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(2.5)
except TypeError as e:
    print(e)
sys.setrecursionlimit(1000)
print(depth(0))
