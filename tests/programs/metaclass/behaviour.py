# What a metaclass gives its classes: methods, properties and attributes of
# the metaclass found on the class, __call__ controlling instance creation,
# __repr__/__len__/__iter__/__getitem__/__contains__ of classes, class-level
# __getattr__/__setattr__, __instancecheck__/__subclasscheck__, and
# attributes the metaclass sets landing in the class __dict__.
from abc import ABCMeta, abstractmethod


def show(f):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path, mode="r"):
        self.path = path
        self.mode = mode


a = Config("/etc/app", mode="w")
b = Config("/other")
print(a is b, a.path, a.mode, isinstance(a, Config))


class Registry(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.members = []
        cls.label = name.upper()
        Registry.count += 1

    def __repr__(cls):
        return "<registered " + cls.__name__ + ">"

    def __len__(cls):
        return len(cls.members)

    def __iter__(cls):
        return iter(cls.members)

    def __getitem__(cls, i):
        return cls.members[i]

    def __contains__(cls, item):
        return item in cls.members

    def add(cls, item):
        cls.members.append(item)
        return cls

    @property
    def size(cls):
        return len(cls.members)

    @property
    def tag(cls):
        return "tag:" + cls.label

    @tag.setter
    def tag(cls, value):
        cls.label = value


class Colors(metaclass=Registry):
    pass


Colors.add("red").add("green")
print(Colors, repr(Colors), str(Colors), len(Colors), list(Colors), Colors[1], "red" in Colors, "blue" in Colors)
print(Colors.size, Colors.tag, Colors.label, Registry.count)
Colors.tag = "CUSTOM"
print(Colors.tag, "label" in Colors.__dict__, "members" in vars(Colors))
print([c for c in Colors], sorted(Colors), f"{Colors}")
show(lambda: Colors().size)
print(hasattr(Colors, "add"), hasattr(Colors(), "add"))
show(lambda: Colors().add)


class Dynamic(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)

    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)


class Api(metaclass=Dynamic):
    existing = 1


print(Api.existing, Api.get_users(), Api.get_items())
show(lambda: Api.missing)
Api.flag = "on"
print(Api.flag, Api.__dict__["flag"])
del Api.flag
print(hasattr(Api, "flag"))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool or super().__subclasscheck__(sub)


class EvenNumber(metaclass=Even):
    pass


class Sub(EvenNumber):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("x", EvenNumber))
print(isinstance(EvenNumber(), EvenNumber), isinstance(Sub(), EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(Sub, EvenNumber), issubclass(int, EvenNumber))
print(isinstance(4, (str, EvenNumber)), issubclass(bool, (str, EvenNumber)))


# A metaclass method vs. a class method of the same name: the class wins.
class M(type):
    def hello(cls):
        return "M.hello for " + cls.__name__

    def shared(cls):
        return "meta"

    greeting = "meta greeting"


class K(metaclass=M):
    def shared(self):
        return "instance"


print(K.hello(), K.shared(K()), K().shared(), K.greeting)
show(lambda: K().greeting)
print(type(K).hello(K), M.hello(K))


# __class_getitem__ still works on classes of a metaclass without __getitem__.
class Generic(metaclass=M):
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Generic[int], Generic["x"])


# abc.ABCMeta as an explicit metaclass.
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Named(Square):
    def name(self):
        return "square"


print(type(Shape).__name__, type(Shape) is ABCMeta, isinstance(Shape, type))
show(lambda: Shape())
show(lambda: Square(2))
print(Named(3).area(), Named(3).name(), sorted(Shape.__abstractmethods__))


# The class's own __call__ is for instances; the metaclass's for the class.
class Counted(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.serial = 7
        return obj


class Fn(metaclass=Counted):
    def __init__(self, v):
        self.v = v

    def __call__(self, x):
        return self.v + x


f = Fn(10)
print(f(5), f.serial, callable(Fn), callable(f))
print(type(Fn).__mro__)
print(Counted.__name__, Counted.__class__, Fn.__class__.__name__)
