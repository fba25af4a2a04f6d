# The inline small-int paths of << >> & | ^ and the unary operators on the
# dynamic path: shifts that fit and shifts that must become big ints, large
# and negative counts, the most negative small int under unary minus, and
# bools, which keep their own semantics (True & True is a bool, True + 1 an
# int).
MAX = 2**62 - 1
MIN = -(2**62)


def lshift(a, b):
    return a << b


def rshift(a, b):
    return a >> b


def band(a, b):
    return a & b


def bor(a, b):
    return a | b


def bxor(a, b):
    return a ^ b


def neg(a):
    return -a


def pos(a):
    return +a


def inv(a):
    return ~a


def lnot(a):
    return not a


def power(a, b):
    return a**b


def show(name, f, *args):
    try:
        r = f(*args)
        print(name, *args, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(name, *args, "raises", type(e).__name__, e)


for a, b in [(1, 61), (1, 62), (1, 63), (1, 64), (1, 100), (-1, 61), (-1, 62), (-1, 63), (3, 60), (3, 61),
             (-3, 60), (-3, 61), (0, 0), (0, 62), (0, 1000), (5, 0), (MAX, 1), (MIN, 1), (MIN, 0), (7, 200),
             (2**100, 3), (5, -1), (0, -1), (-5, 2**70)]:
    show("<<", lshift, a, b)
for a, b in [(5, 1), (-5, 1), (-1, 200), (1, 200), (-1, 63), (-1, 64), (MAX, 61), (MAX, 62), (MIN, 62),
             (MIN, 61), (MIN, 1000), (7, 0), (0, 5), (5, -1), (2**100, 98), (-(2**100), 99), (5, 2**70),
             (-5, 2**70)]:
    show(">>", rshift, a, b)
for a, b in [(12, 10), (-12, 7), (MAX, MIN), (MIN, -1), (-1, -1), (0, MAX), (2**70 + 5, 7), (-5, 2**70)]:
    show("&", band, a, b)
    show("|", bor, a, b)
    show("^", bxor, a, b)
for a in [0, 1, -1, MAX, MIN, MIN + 1, 2**62, -(2**62) - 1, 2.5, -0.0, True, False]:
    show("-", neg, a)
    show("+", pos, a)
    if not isinstance(a, float):
        show("~", inv, a)
    show("not", lnot, a)

# Bools are ints with their own & | ^ and repr.
for a in [True, False]:
    for b in [True, False, 1, 0, 2]:
        show("&", band, a, b)
        show("|", bor, a, b)
        show("^", bxor, a, b)
        show("+", lambda x, y: x + y, a, b)
        show("*", lambda x, y: x * y, a, b)
        show("**", power, a, b)
        show("<<", lshift, a, b)
        show(">>", rshift, a, b)
show("**", power, 2, 62)
show("**", power, 2, -1)
show("**", power, -3, 3)

# Augmented shifts and bit operations.
x = 1
for i in range(64):
    x <<= 1
print(x)
x >>= 63
print(x)
y = -1
y >>= 500
print(y)
z = 0b1100
z &= 0b1010
z |= 0b0001
z ^= 0b1111
print(z)
