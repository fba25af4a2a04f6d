# Exceptions raised on the cold (slow) paths of typed arithmetic inside loops
# that keep floats and ints in registers: big ints, int -> float overflow,
# float division by zero, list index errors, caught in the loop, caught
# outside it, and uncaught (the traceback's last line).
import sys


def accumulate(xs: list[float], n: int) -> float:
    acc = 0.0
    scale = 1.5
    for i in range(n):
        try:
            acc += scale / (xs[i] - 2.0)
        except ZeroDivisionError as e:
            acc += 100.0
            print("zero at", i, e)
    return acc


def big_steps(n: int) -> float:
    total = 0.0
    k = 1
    for i in range(n):
        k = k * 1000003 + i
        try:
            total += float(k)
        except OverflowError as e:
            print("overflow at", i, e)
            return total
    return total


def ratio(a: int, b: int) -> float:
    s = a + b
    return 1.0 / (s * (s + 1) // 2 - a + 1)


def table(n: int) -> float:
    acc = 0.0
    for i in range(n):
        for j in range(n):
            acc += ratio(i, j) * 0.5
    return acc


def shifted(n: int, shift: int) -> int:
    t = 0
    for i in range(n):
        t += (i << shift) % 7
    return t


def index_miss(xs: list[float]) -> float:
    acc = 0.25
    i = 0
    while True:
        try:
            acc += xs[i] * 2.0
        except IndexError as e:
            print("stop at", i, e)
            return acc
        i += 1


print(accumulate([1.0, 3.0, 2.0, 4.5, 2.0], 5))
print(big_steps(80))
print(table(30))
try:
    print(ratio(1, -2))
except ZeroDivisionError as e:
    print("ratio:", e)
print(shifted(50, 70) % 1000003, shifted(20, 3))
print(index_miss([0.5, 1.5, 2.5]))


def deep(n: int) -> float:
    acc = 0.0
    for i in range(n):
        acc += 1.0 / (i - 7)
    return acc


print(deep(5))
sys.stdout.flush()
print(deep(10))
