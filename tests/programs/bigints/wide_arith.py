"""Arithmetic on ints just past the small-int range (up to about 2^128),
which takes a 128-bit path instead of GMP: +, -, *, //, %, &, |, ^ on
values around 2^62, 2^63, 2^64, 2^126, 2^127 and 2^128, both signs, with
bools and int subclasses as operands, checked against CPython digest by
digest, plus the checksum loops (h * M + x) & mask and % p that make such
values."""


class MyInt(int):
    pass


edges = []
for e in [0, 1, 31, 32, 61, 62, 63, 64, 65, 100, 126, 127, 128, 129, 200]:
    for d in [-2, -1, 0, 1]:
        v = (1 << e) + d
        edges.append(v)
        edges.append(-v)
edges += [3, 7, 1000003, 0xFFFFFFFFFFFF, 10 ** 19, 10 ** 38, -(10 ** 38)]

ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
]


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + (v & 0xFFFFFFFFFFFFFFFF) + (v >> 150)) % 2305843009213693951
    return h


for name, f in ops:
    results = []
    for a in edges:
        for b in edges:
            if b == 0 and name in ("//", "%"):
                continue
            results.append(f(a, b))
    print(name, len(results), digest(results), results[len(results) // 3], results[-7])

# bools and int subclasses as operands
m = MyInt(1 << 70)
print(True + (1 << 63), (1 << 64) * True, -(1 << 64) // True, (1 << 64) % MyInt(7), m * 3, m & ((1 << 71) - 1),
      m | 1, m ^ m, m - (1 << 70), (1 << 100) // m, type(m + 1).__name__)
# the checksum loops of the benchmarks
h = 0
for i in range(2000):
    h = (h * 1000003 + i * 7919) & 0xFFFFFFFFFFFF
print(h)
h = 0
for i in range(2000):
    h = (h * 6364136223846793005 + i) % 340282366920938463463374607431768211297
print(h)
x = 1
for i in range(200):
    x = x * 3 - i
print(x % (1 << 127), x.bit_length(), -x // 12345678901234567890123)
print((1 << 127) - 1 + 1, -(1 << 127) - 1, ((1 << 127) - 1) * 2, (-(1 << 126)) * 2, (-(1 << 126)) * -2)
print(divmod((1 << 100) + 5, -(1 << 40)), divmod(-(1 << 100), 7), -(1 << 64) % -3, (1 << 64) // -(1 << 63))
