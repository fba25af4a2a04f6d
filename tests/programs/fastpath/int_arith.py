# The inline small-int paths of + - * // % on the dynamic (untyped) path and
# every boundary where they must hand over to the big-int slow path: results
# just outside [-2**62, 2**62 - 1], floor division and modulo signs, zero
# divisors, and augmented assignment.
MAX = 2**62 - 1
MIN = -(2**62)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def truediv(a, b):
    return a / b


def show(name, f, a, b):
    try:
        r = f(a, b)
        print(name, a, b, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(name, a, b, "raises", type(e).__name__, e)


pairs = [
    (1, 2),
    (MAX, 1),
    (MAX, 0),
    (MIN, -1),
    (MIN, 1),
    (MIN, 0),
    (MAX, MAX),
    (MIN, MIN),
    (MAX, MIN),
    (MIN, MAX),
    (-7, 2),
    (7, -2),
    (-7, -2),
    (7, 2),
    (0, 5),
    (0, -5),
    (5, 0),
    (-5, 0),
    (0, 0),
    (2**31, 2**31),
    (2**31, 2**32),
    (-(2**31), 2**31),
    (3037000499, 3037000499),
    (-3037000500, 3037000500),
    (2**61, 2),
    (2**61, -2),
    (-(2**61), 2),
    (-(2**61), -2),
    (MIN, -2),
    (MAX, -1),
    (2**53, 3),
    (2**53 + 1, 3),
    (-(2**53) - 1, 7),
    (10**18, 7),
    (-(10**18), 7),
    (2**62, 1),
    (-(2**62) - 1, 1),
    (2**100, -(2**100)),
]
for a, b in pairs:
    show("+", add, a, b)
    show("-", sub, a, b)
    show("*", mul, a, b)
    show("//", floordiv, a, b)
    show("%", mod, a, b)
    show("/", truediv, a, b)

print(add(MAX, 1) - 1 == MAX, sub(MIN, 1) + 1 == MIN, mul(MIN, -1) == 2**62)
print(floordiv(MIN, -1), mod(MIN, -1), floordiv(-7, 2), mod(-7, 2), mod(7, -2))

# Augmented assignment takes the same paths.
x = MAX
x += 0
print(x)
x += 1
print(x, type(x).__name__)
x -= 1
print(x == MAX)
y = MIN
y -= 1
print(y)
y += 1
print(y == MIN)
z = 3
z *= MIN
print(z)
w = -7
w //= 2
print(w)
w %= 3
print(w)
v = 10
v /= 4
print(v)

# Accumulating in a loop crosses the boundary part way.
acc = MAX - 5
values = []
for i in range(10):
    acc = add(acc, 1)
    values.append(acc)
print(values)
acc = 1
for i in range(70):
    acc = mul(acc, 2)
print(acc)
