# functools: reduce, partial, lru_cache/cache, wraps, total_ordering, cached_property, singledispatch, cmp_to_key.
import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cached_property, singledispatch, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)

def power(base, exp):
    return base ** exp
sq = partial(power, exp=2)
print(sq(5), partial(power, 2)(10), partial(partial(power, 3), 4)())
print(repr(partial(max, 1, key=None))[:30])
p = partial(power, 2)
print(p.args, p.keywords, p.func is power)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq2(x):
    print("computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq2(x)
print(sq2.cache_info(), sq2.cache_parameters())
print(sq2.__name__, sq2.__wrapped__.__name__)

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@deco
def greet(name):
    """Say hi."""
    return "hi " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= a)

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n)

@singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
@show.register(float)
@show.register(complex)
def _(x):
    return "number " + str(x)
print(show(1), show([1, 2]), show("s"), show(True), show(1.5), show(2j))
print(show.dispatch(bool) is show.registry[int])

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
print(max([3, 1, 2], key=cmp_to_key(cmp)))
