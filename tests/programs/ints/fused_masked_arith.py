# `(a * K + b) & MASK` and `(a * K + b) % M`: int arithmetic under a constant
# mask or modulus is computed without intermediate big ints when every leaf
# is a small int, and exactly as Python does otherwise (big ints, bools, int
# subclasses, floats, user types with operator methods, evaluation order).


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed)
    return out


def digest(items):
    h = 0
    for x in items:
        h = (h * 1000003 + x) & 0xFFFFFFFFFFFF
    return h


def digest_mod(items):
    h = 0
    for x in items:
        h = (h * 1000003 + x) % 1000000007
    return h


def wide_mod(a, b, c):
    return (a * b - c) % 4611686018427387903


def mixed_ops(a, b, c):
    return ((a ^ b) * 31 + 7 - (c | 5) * (a & 0xFF)) & 0xFFFF


def neg_mod(a, b):
    return (a - b * 3) % 97


print(lcg(42, 5))
print(digest([1, 2, 3, 2**61, -(2**62), 2**62 - 1]))
print(digest(range(1000)))
print(digest_mod(range(1000)), digest_mod([-5, -(2**62), 2**62 - 1, 7]))
print(wide_mod(2**62 - 1, 2**62 - 1, -(2**62)), wide_mod(-(2**62), 2**62 - 1, 2**62 - 1))
print(mixed_ops(123456789, 987654321, 55555), mixed_ops(-1, -2, -3))
print(neg_mod(-5, 7), neg_mod(2**62 - 1, -(2**62)), neg_mod(0, 0))

# Big ints and bools as leaves take the generic path with the same result.
big = 3**80
print(digest([big, -big, 1]), digest_mod([big, -big, 1]), wide_mod(big, big, big))
print(digest([True, False, True]), digest_mod([True, 2, False]))
print(mixed_ops(big, -big, big), neg_mod(big, -big))


class MyInt(int):
    pass


print(digest([MyInt(5), MyInt(2**70)]), type(digest([MyInt(5)])).__name__)

# Non-int leaves: floats raise on &, work with %; user types see every call.
try:
    print(digest([1.5]))
except TypeError as e:
    print("TypeError:", e)
print(digest_mod([1.5, 2]))


class Tracer:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __mul__(self, other):
        print("mul", self.name, other)
        return Tracer(self.name + "*", self.value * other)

    def __add__(self, other):
        print("add", self.name, other)
        return Tracer(self.name + "+", self.value + other)

    def __radd__(self, other):
        print("radd", self.name, other)
        return Tracer(self.name + "r+", other + self.value)

    def __and__(self, other):
        print("and", self.name, other)
        return self.value & other

    def __rand__(self, other):
        print("rand", self.name, other)
        return other & self.value

    def __mod__(self, other):
        print("mod", self.name, other)
        return self.value % other


class Obj:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        print("get v", self._v if not isinstance(self._v, Tracer) else self._v.name)
        return self._v


def order(a, b):
    # a.v * 3 runs before b.v is read; the additions after both.
    return (a.v * 3 + b.v) & 0xFF


print(order(Obj(5), Obj(7)))
print(order(Obj(Tracer("t", 5)), Obj(7)))
print(order(Obj(5), Obj(Tracer("u", 7))))
print(digest_mod([Tracer("m", 4)]))


def errors(a, b):
    try:
        return (a * 2 + b) & 0xFF
    except TypeError as e:
        return "TypeError: " + str(e)


print(errors("ab", "cd"), errors("ab", 1), errors(None, 1), errors([1], [2]))


# Results stay exact ints usable everywhere.
def checks(n):
    total = 0
    for i in range(n):
        v = (i * 2654435761 + 1) & 0xFFFFFFFF
        w = (i * i * 40503 + v) % 65521
        total += v ^ w
    return total


print(checks(5000))
x = (2**61 * 4 + 1) & 3
print(x, type(x).__name__, (7 * 9 + 1) % 5, (-7 * 9 + 1) % 5, (-(2**62) - 1 + 2**62) & 0xF)
