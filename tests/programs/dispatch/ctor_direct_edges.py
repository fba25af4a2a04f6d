# Direct constructor calls (decision 0032), edge cases: default values,
# cell parameters and private names in __init__, deep recursion through
# constructors, __init__ rebound in the class body, calls from a class body
# and before the class exists.
import sys


class D:
    def __init__(self, a: int, b: float = 2.5, c=None) -> None:
        self.a = a
        self.b = b
        self.c = c
        self.f = lambda: a + 1
        self.__p = a * 10

    def p(self):
        return self.__p


d1 = D(1, 1.5, "x")
d2 = D(2)
d3 = D(3, 4.5)
print(d1.a, d1.b, d1.c, d1.f(), d1.p(), d2.b, d2.c, d3.b, d3.f(), d3.p())


class Deep:
    def __init__(self, n: int) -> None:
        self.child = Deep(n - 1) if n > 0 else None


sys.setrecursionlimit(200)
try:
    Deep(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(Deep(50).child.child is not None)


class Reassigned:
    def __init__(self, v):
        self.v = v

    def other(self, v):
        self.v = ("other", v)

    __init__ = other


print(Reassigned(3).v)


class Holder:
    inner = D(7)
    twice = [D(i).a for i in range(3)]


print(Holder.inner.p(), Holder.twice)


def early():
    return Late(1.0)


try:
    early()
except NameError as e:
    print("NameError:", e)


class Late:
    def __init__(self, x: float) -> None:
        self.x = x


print(early().x)
