# Global-load sites and constructor calls: a global rebound, deleted,
# shadowing a builtin or un-shadowing it after the sites were cached, and
# class calls that must not take the plain-constructor path.
import builtins


def use_len(x):
    return len(x)


def read_g():
    return G


G = 1
for _ in range(3):
    print(read_g(), use_len("abc"))
G = "rebound"
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError:", e)
G = 3.5
print(read_g())

# A module global shadows the builtin, then goes away again.
len = lambda x: "my len"
print(use_len("abc"))
del len
print(use_len("abc"))

# The builtin itself replaced.
saved = builtins.len
builtins.len = lambda x: "builtins.len patched"
print(use_len("abc"))
builtins.len = saved
print(use_len("abc"))

# Many new globals after the site was cached (the globals dict grows).
def read_h():
    return H


H = "h0"
print(read_h())
for i in range(100):
    globals()["extra_%d" % i] = i
print(read_h(), extra_99)
H = "h1"
print(read_h())


# Constructors.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def make(*a, **k):
    return Point(*a, **k)


def make2(x, y):
    return Point(x, y)


for _ in range(2):
    print(make2(1, 2), make(3), make(4, y=5))


# __init__ replaced after calls were cached.
def new_init(self, x, y=0):
    self.x = -x
    self.y = -y


Point.__init__ = new_init
print(make2(1, 2))


# __init__ returning a value.
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


# A class with __new__.
class WithNew:
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("WithNew.__init__", a)


WithNew(1)
WithNew(2)


# __new__ returning another type's instance: no __init__ call.
class Weird:
    def __new__(cls, v):
        return v

    def __init__(self, v):
        print("never")


print(Weird(42))


# A metaclass with __call__.
class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


def make_m(v):
    return M(v)


print(make_m(1).v, make_m(2).v)


# __init__ added to a base after subclasses were instantiated.
class A:
    pass


class B(A):
    pass


def make_b(*a):
    return B(*a)


print(type(make_b()).__name__)
try:
    make_b(1)
except TypeError as e:
    print("TypeError:", e)
A.__init__ = lambda self, v: setattr(self, "v", v)
print(make_b(7).v)


# Too many arguments for the stack path.
class Many:
    def __init__(self, *args, **kw):
        self.n = len(args) + len(kw)


print(Many(*range(20)).n, Many(1, 2, 3, a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10).n)


# Abstract classes still refuse instantiation.
from abc import ABC, abstractmethod


class Abstract(ABC):
    @abstractmethod
    def f(self):
        pass


try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)
