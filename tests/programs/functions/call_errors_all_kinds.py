# Every parameter kind, call-site unpacking, and CPython's TypeError messages for bad calls.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8))
print(f(*[1, 2], **{"c": 3, "e": 5, "z": 0}))
args = (1, 2, 3)
kwargs = {"e": "E"}
print(f(*args, 10, 11, *[12], **kwargs, h=1))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g.__defaults__)
def h(*, only):
    return only
def p(x, /):
    return x
def k(a, b=2):
    return a + b
def v(*args, **kw):
    return args, kw
print(v(), v(1, a=2), v(*"ab", **dict(x=1)))
tests = [
    lambda: h(1),
    lambda: h(),
    lambda: h(only=1, other=2),
    lambda: p(x=1),
    lambda: k(),
    lambda: k(1, 2, 3),
    lambda: k(1, a=1),
    lambda: k(b=3),
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(),
    lambda: g(1, 2, 3, 4),
    lambda: k(**{1: 2}),
    lambda: k(*5),
    lambda: k(**[1]),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int(x=3),
    lambda: (lambda q: q)(),
    lambda: sorted([3, 1], 1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: abs(),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)

class C:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, y):
        return y
for t in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.cm(), lambda: C(1)]:
    try:
        t()
    except TypeError as e:
        print(e)
def outer():
    def inner(a, *, b):
        pass
    return inner
try:
    outer()(1)
except TypeError as e:
    print(e)
print(f.__name__, f.__qualname__, outer().__qualname__, f.__defaults__, f.__kwdefaults__)
def kw(**k):
    return k
for t in [lambda: kw(a=1, **{"a": 2}), lambda: kw(**{"a": 1}, **{"a": 2}), lambda: kw(**{"b": 1}, b=2), lambda: [].append(*5), lambda: len(**3)]:
    try:
        print(t())
    except TypeError as e:
        print(e)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(kw(**Mapping()), kw(x=0, **Mapping()))
