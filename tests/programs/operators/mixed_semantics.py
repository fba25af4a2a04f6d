# Assorted semantics: monkeypatched methods seen by subclasses, dunder calls on builtins, numeric corner cases, literals and formatting.
class A:
    def f(self): return "A"
    def g(self): return self.f()
class B(A):
    def f(self): return "B"
objs = [A(), B()]
print([o.g() for o in objs])
A.f = lambda self: "patched"
print([o.g() for o in objs])
def gen_nonlocal():
    n = 0
    def g():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return list(g()), n
print(gen_nonlocal())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(30))
x = [1, 2, 3]
print(x.__len__(), x.__getitem__(1), (5).__add__(3), "a".__mul__(3), (3).__radd__(1), int.__add__(1, 2))
print(list.__len__(x), str.upper("q"), dict.fromkeys("ab", 0), int.__name__, (1).__class__.__name__)
print((2).__pow__(10), (7).__floordiv__(2), (1.5).__mul__(2), (1).__lt__("a"))
f = lambda *a, **k: (a, k)
print(f(1, x=2), f.__name__, (lambda: 0).__qualname__)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[3], [1, 2]]), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print(1 < 2 < 3 > 2, 1 < 2 > 3, (1 == 1) is True, 0 == -0.0, 1 is not None)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 2 ** -2, (-8) ** (1/3) if False else 0, 10 ** 20 // 3)
print(0.1 + 0.2, 1e16, 1e-7, 123456789.0, 1.5e300 * 1e10, -1e-320, 2.0 ** 0.5, float(2**63))
print(True + True, True * 3.5, -True, ~True, True & False, True | 2, 5 ^ True)
print(str(10**30), repr(-0.0), 3 % -0.5 if False else 0, round(-0.0), abs(-0.0))
print(hash(-1) == hash(-2), hash(1.5), hash("") == 0, hash(()) , hash((1,)))
a = b = 1
a += 1
print(a, b, [1] * 0, [[]] * 2, "" * 5, (1,) * 3)
print(chr(8364), "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043", r"\n", b"\x00\xff", "a\
b")
print(f"{'nested'!r:>10}", f"{3.14159:.{2}f}", f"{1000000:,}", f"{'x'*3}", f"{{literal}}", f"{x!s}", f"{a=}", f"{1+1 = }")
print("%s %5.2f %-4d| %x %o %e %r %c %%" % ("s", 3.14159, 42, 255, 8, 12345.678, "r", 65))
print("%(a)s-%(b)d" % {"a": "A", "b": 2})
