# RecursionError at the default limit of 1000 is catchable, and the program
# goes on; the depth reached matches CPython's (the module frame counts).
import sys


def r(n):
    try:
        return r(n + 1)
    except RecursionError:
        return n


print(sys.getrecursionlimit())
print(r(0))


def plain(n):
    return plain(n + 1)


try:
    plain(0)
except RecursionError as e:
    print("caught:", e)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))


class Node:
    def __eq__(self, other):
        return self == other


try:
    Node() == Node()
except RecursionError as e:
    print("eq:", e)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


# Recursion well below the limit still works after an overflow was caught.
print(fact(500) % 1000007)
print(r(0))
