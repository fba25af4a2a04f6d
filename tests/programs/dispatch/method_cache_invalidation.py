# Method call sites and the type attribute cache: every change to a class or
# a base after calls were cached must be seen by the next call.


class Base:
    def greet(self):
        return "base greet"

    def who(self):
        return "Base.who"


class Child(Base):
    def who(self):
        return "Child.who"


def call_greet(o):
    return o.greet()


def call_who(o):
    return o.who()


c = Child()
b = Base()
for _ in range(3):
    print(call_greet(c), call_who(c), call_greet(b), call_who(b))

# A class attribute reassigned after the sites were cached.
Child.who = lambda self: "patched Child.who"
print(call_who(c), call_who(b))

# A base patched: the subclass inherits the new method.
Base.greet = lambda self: "patched base greet"
print(call_greet(c), call_greet(b))

# Deleting the override exposes the base method again.
del Child.who
print(call_who(c))

# A new method on a grand-base reaches every subclass.
class Grand(Child):
    pass


g = Grand()
print(call_greet(g), call_who(g))
Base.who = lambda self: "Base.who v2"
print(call_who(g), call_who(c), call_who(b))
Child.who = lambda self: "Child.who v2"
print(call_who(g), call_who(c), call_who(b))

# An instance attribute shadows the method; deleting it unshadows.
c.who = lambda: "instance who"
print(call_who(c), call_who(g))
del c.who
print(call_who(c))

# A non-function class attribute (callable object) in place of a method.
class Callable:
    def __call__(self, *args):
        return "callable object, %d args" % len(args)


Child.who = Callable()
print(call_who(c), call_who(g))

# staticmethod and classmethod through the same site.
Child.who = staticmethod(lambda: "static who")
print(call_who(c))
Child.who = classmethod(lambda cls: "classmethod who of " + cls.__name__)
print(call_who(c), call_who(g))

# A property shadows the method (data descriptor).
Child.who = property(lambda self: (lambda: "who via property"))
print(call_who(c))

# __class__ assignment moves an instance to another class.
class Other:
    def who(self):
        return "Other.who"

    def greet(self):
        return "Other.greet"


class Plain:
    def who(self):
        return "Plain.who"


p = Plain()
print(call_who(p))
p.__class__ = Other
print(call_who(p), call_greet(p))
p.__class__ = Plain
print(call_who(p))

# Keyword arguments and defaults through a method site.
class K:
    def f(self, a, b=2, *, c=3):
        return (a, b, c)


k = K()
for _ in range(2):
    print(k.f(1), k.f(1, 5), k.f(a=7, c=9), k.f(1, b=4))
K.f = lambda self, *a, **kw: ("replaced", a, sorted(kw.items()))
print(k.f(1, b=2))

# Errors keep CPython's order: the attribute is looked up before the
# arguments are evaluated.
def boom():
    print("argument evaluated")
    return 1


try:
    k.missing(boom())
except AttributeError as e:
    print("AttributeError:", e)

# Builtin methods through a method site, also when shadowed by a subclass.
class MyList(list):
    def append(self, x):
        super().append(x * 10)


def add(lst, x):
    lst.append(x)
    return lst


print(add([1], 2), add(MyList([1]), 2), add([3], 4))
MyList.append = list.append
print(add(MyList([1]), 2))
