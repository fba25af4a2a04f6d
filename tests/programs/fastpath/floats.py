# The inline exact-float paths on the dynamic path: + - * / on two floats and
# on a float with a small int (either side), division by zero, int / int, and
# the cases that must keep CPython's rules (float subclasses, big ints,
# floor division and modulo, which stay out of line).


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def show(name, f, a, b):
    try:
        r = f(a, b)
        print(name, repr(a), repr(b), "->", repr(r), type(r).__name__)
    except Exception as e:
        print(name, repr(a), repr(b), "raises", type(e).__name__, e)


inf = float("inf")
nan = float("nan")
values = [1.0, 2, 0.5, -0.0, 0.0, 0, 3, -7, 1e308, inf, nan, 2**53 + 1, 2**62 - 1, -(2**62), 2**70, True]
for a in values:
    for b in values:
        if isinstance(a, float) or isinstance(b, float):
            show("+", add, a, b)
            show("-", sub, a, b)
            show("*", mul, a, b)
            show("/", div, a, b)
            show("//", floordiv, a, b)
            show("%", mod, a, b)

# int / int: exact quotients, rounding, signs, zero divisors, big operands.
for a, b in [(1, 2), (7, -2), (-7, 2), (0, -5), (1, 3), (2, 3), (10**15, 7), (2**53, 3), (2**53 + 1, 1),
             (2**62 - 1, 3), (-(2**62), 7), (2**70, 3), (5, 0), (0, 0)]:
    show("/", div, a, b)

print(add(1.0, 2), mul(2, 0.5), sub(10, 0.25), div(1, 4.0))
try:
    print(div(1.5, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(div(3, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __radd__(self, other):
        return "F.__radd__"


print(add(F(1.5), 2.0), add(2.0, F(1.5)), add(3, F(1.5)), type(mul(F(1.5), 2.0)).__name__)

# Augmented assignment.
x = 1.5
x += 2
x *= 3
x -= 0.5
x /= 2
print(x)
s = 0.0
for i in range(1, 11):
    s += 1.0 / i
print(s)
