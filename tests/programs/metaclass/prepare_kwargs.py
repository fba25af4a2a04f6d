# __prepare__ (the namespace the class body runs in), class keywords reaching
# __prepare__, __new__, __init__ and __init_subclass__ (PEP 487), __set_name__,
# and the errors for leftover keywords and bad namespaces.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", mcls.__name__, name, len(bases), kw)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        print("__new__", name, type(ns).__name__, ns.order, kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name, kw)
        super().__init__(name, bases, ns)


class Ordered(metaclass=OrderMeta, tag="t1"):
    """Docs."""

    b = 1
    a = 2

    def z(self):
        return "z"

    c = a + b


print(Ordered.order, Ordered.c, Ordered().z(), Ordered.__doc__)


class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate attribute " + key)
        super().__setitem__(key, value)


class StrictMeta(type):
    def __prepare__(name, bases):
        return NoDupes()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


def dupes():
    class Bad(metaclass=StrictMeta):
        x = 1
        x = 2


show(dupes)


class Good(metaclass=StrictMeta):
    x = 1
    y = 2


print(Good.x, Good.y)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


def bad_prepare():
    class X(metaclass=BadPrepare):
        pass


show(bad_prepare)


class PrepareFn:
    def __prepare__(self, name, bases):
        return [1]

    def __call__(self, name, bases, ns):
        return ns


def odd_prepare():
    class Y(metaclass=PrepareFn()):
        pass


show(odd_prepare)


# PEP 487: __init_subclass__ gets the class keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        print("Plugin.__init_subclass__", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        if name:
            Plugin.registry[name] = cls


class CSV(Plugin, name="csv"):
    pass


class JSON(Plugin, name="json"):
    pass


class Nameless(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"] is CSV)


def leftover():
    class Extra(Plugin, name="x", colour="red"):
        pass


show(leftover)


def leftover_plain():
    class Plain(flag=True):
        pass


show(leftover_plain)


class Base:
    pass


def leftover_base():
    class Derived(Base, a=1, b=2):
        pass


show(leftover_base)


class Chain(Plugin):
    def __init_subclass__(cls, level=0, **kwargs):
        print("Chain.__init_subclass__", cls.__name__, level, kwargs)
        super().__init_subclass__(**kwargs)


class Leaf(Chain, level=2, name="leaf"):
    pass


print(Plugin.registry["leaf"] is Leaf)

options = {"level": 5}


class FromDict(Chain, **options):
    pass


# __set_name__ runs before __init_subclass__.
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name


class Model:
    def __init_subclass__(cls, **kw):
        print("Model.__init_subclass__", cls.__name__, sorted(kw))
        print("fields:", [k for k, v in vars(cls).items() if isinstance(v, Field)])


class User(Model, table="users"):
    id = Field()
    email = Field()


print(User.id.name, User.email.name)
print(object.__init_subclass__() is None)
show(lambda: Base.__init_subclass__(1))
show(lambda: Base.__init_subclass__(x=1))
print(type.__prepare__("X", (), a=1))


# type.__new__ with keywords passes them to __init_subclass__ too.
class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class WithKw(Chain, metaclass=KwMeta, level=9):
    pass


print(type(WithKw).__name__)


def meta_leftover():
    class Z(metaclass=KwMeta, level=1):
        pass


show(meta_leftover)
