# super().name(...) call sites run many times while the classes on the MRO
# change: each call must find what CPython's super() finds at that moment.


class A:
    def hello(self):
        return "A.hello"

    def who(self):
        return "A"


class B(A):
    def hello(self):
        return "B>" + super().hello()


class C(A):
    def hello(self):
        return "C>" + super().hello()

    def who(self):
        return "C"


class D(B, C):
    def hello(self):
        return "D>" + super().hello()


class E(B):
    pass


def calls(objs):
    return [o.hello() for o in objs]


objs = [B(), C(), D(), E()]
for _ in range(3):
    print(calls(objs))

# the same super() site in B reaches C for a D and A for a B or an E
A.hello = lambda self: "A2"
print(calls(objs))
C.hello = lambda self: "C2>" + super(C, self).hello()
print(calls(objs))
del C.hello
print(calls(objs))


# a base method replaced by a staticmethod, a property, a class attribute
class P:
    def f(self, x):
        return ("P.f", x)


class Q(P):
    def f(self, x):
        return super().f(x)


q = Q()
print([q.f(i) for i in range(3)])
P.f = staticmethod(lambda x: ("static", x))
print([q.f(i) for i in range(3)])
P.f = classmethod(lambda cls, x: ("class", cls.__name__, x))
print([q.f(i) for i in range(3)])
P.f = property(lambda self: (lambda x: ("prop", x)))
print([q.f(i) for i in range(3)])
del P.f
try:
    q.f(1)
except AttributeError as e:
    print("AttributeError:", e)


# super() in a classmethod (the receiver is a class) and in __init__ chains
class R:
    @classmethod
    def make(cls):
        return "R.make " + cls.__name__

    def __init__(self, v):
        self.v = v


class S(R):
    @classmethod
    def make(cls):
        return "S>" + super().make()

    def __init__(self, v):
        super().__init__(v * 2)


print([S.make() for _ in range(2)], [S(i).v for i in range(3)])


# a base gains a method the subclass's super() call then finds
class T:
    pass


class U(T):
    def go(self):
        try:
            return super().go()
        except AttributeError as e:
            return "AttributeError: " + str(e)


u = U()
print(u.go())
T.go = lambda self: "T.go"
print(u.go(), u.go())


# exception classes calling super().__init__ many times
class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


print([str(MyError(i)) for i in range(4)], MyError(7).args)
