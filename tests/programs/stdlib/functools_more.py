# functools edge cases: partialmethod, singledispatchmethod, typed and size-0 caches, error messages, unions.
import functools
from functools import partialmethod, singledispatchmethod, lru_cache, cached_property

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
n = Neg()
print(n.neg(5), n.neg(True))
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)

@lru_cache(typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)

try:
    functools.partial(3)
except TypeError as e:
    print("TypeError:", e)

class NoDict:
    __slots__ = ("a",)
    @cached_property
    def prop(self):
        return 1
try:
    NoDict().prop
except TypeError as e:
    print("TypeError:", e)

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

@functools.singledispatch
def f(x):
    return "base"
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f.register(3, lambda x: x)
except TypeError as e:
    print("TypeError:", e)

class Base: pass
class Derived(Base): pass
@f.register
def _(x: Base):
    return "Base"
print(f(Derived()), f(Base()), f(1))

@f.register(int | str)
def _(x):
    return "int|str"
print(f(1), f("s"), f(2.0))

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def outer():
    "doc"
def inner():
    pass
inner.extra = 5
functools.update_wrapper(outer, inner)
print(outer.__name__, outer.__doc__, outer.extra, outer.__wrapped__ is inner)
p = functools.partial(int, base=2)
print(p("101"), p.keywords)
print(functools.reduce(lambda a, b: a + b, "abc", "x"))

class M:
    @lru_cache(maxsize=None)
    def sq(self, x):
        return x * x
m = M()
print(m.sq(4), m.sq(4), M.sq.cache_info())
