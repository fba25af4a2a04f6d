# type() with three arguments, type.__new__/type.__init__ called directly
# (from metaclasses and from plain code), their argument errors, and the
# __class__ cell of a class a metaclass creates (zero-argument super()).


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    created = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = type.__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls


class Base(metaclass=Meta):
    def hello(self):
        return "Base.hello"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()


print(Child().hello(), Meta.created, type(Child).__name__)

# Direct calls of type.__new__ build a class of the given metaclass.
Direct = type.__new__(Meta, "Direct", (Base,), {"v": 1})
print(type(Direct).__name__, Direct.v, Direct().hello(), Meta.created)
Plain = type("Plain", (object,), {"greet": lambda self: "hi", "__doc__": "plain doc"})
print(Plain().greet(), Plain.__doc__, Plain.__name__, Plain.__qualname__, type(Plain) is type)
FromMeta = Meta("FromMeta", (), {})
print(type(FromMeta).__name__, Meta.created[-1])
# type(name, bases, ns) with a base of a user metaclass uses that metaclass.
Derived = type("Derived", (Base,), {})
print(type(Derived).__name__, Meta.created[-1])

show(lambda: type.__new__(Meta, "X"))
show(lambda: type.__new__(Meta, "X", ()))
show(lambda: type.__new__(Meta, 1, (), {}))
show(lambda: type.__new__(Meta, "X", [], {}))
show(lambda: type.__new__(Meta, "X", (), []))
show(lambda: type.__new__(int, "X", (), {}))
show(lambda: type.__new__(1, "X", (), {}))
show(lambda: type.__init__(Base, 1, 2))
show(lambda: type.__init__(Base, 1, k=2))
print(type.__init__(Base, "a", (), {}))
show(lambda: Meta("X", (), {}, extra=1))
show(lambda: type("X", (1,), {}))


class Tracking(type):
    def __init__(cls, name, bases, ns):
        print("Tracking.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        type.__init__(cls, name, bases, ns)


class Tracked(metaclass=Tracking):
    def method(self):
        return __class__.__name__


print(Tracked().method())


# A metaclass __new__ that returns something that is not a class: __init__ is
# skipped and the name is bound to the result.
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return name + " (not a class)"

    def __init__(cls, *args):
        print("never")


class Strange(metaclass=Weird):
    pass


print(Strange)
print(type(type), type(Meta), isinstance(Meta, type), issubclass(Meta, type))
