# Metaclass selection: explicit metaclass=, inherited from the bases, the most
# derived of several, conflicts, and non-type callables as metaclasses.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(ns))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    x = 1

    def method(self):
        return "A.method"


print(type(A) is Meta, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
print(A.x, A().method(), type(A()).__name__)


class B(A):
    y = 2


print(type(B) is Meta, B.x, B.y, B.__mro__ == (B, A, object))


class SubMeta(Meta):
    pass


class C(B, metaclass=SubMeta):
    pass


print(type(C).__name__)


class D(metaclass=SubMeta):
    pass


class E(A, D):  # SubMeta is the most derived of Meta and SubMeta
    pass


print(type(E).__name__, [k.__name__ for k in E.__mro__])


class Other(type):
    pass


class F(metaclass=Other):
    pass


def conflict():
    class G(A, F):
        pass


show(conflict)


def conflict_explicit():
    class G(A, metaclass=Other):
        pass


show(conflict_explicit)


# An explicit metaclass that is a base of the bases' metaclass: the derived wins.
class H(A, metaclass=type):
    pass


print(type(H).__name__)


# A plain function as the metaclass: called with (name, bases, ns, **kw).
def maker(name, bases, ns, **kw):
    print("maker", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return name.lower() + "!"


class Made(metaclass=maker, flavour="x"):
    a = 1

    def f(self):
        pass


print(Made)


class CallableMeta:
    def __call__(self, name, bases, ns):
        return ("built", name, len(bases))


class Odd(int, metaclass=CallableMeta()):
    pass


print(Odd)

# type(name, bases, dict) picks the metaclass of the bases as well.
T = type("T", (A,), {"z": 3})
print(type(T).__name__, T.z, T.x)
T2 = type("T2", (), {"w": 4})
print(type(T2).__name__, T2.w, T2.__name__, T2.__module__)
print(type(5).__name__, type(T2()).__name__)
show(lambda: type("X", ()))
show(lambda: type("X", (), {}, 1))
