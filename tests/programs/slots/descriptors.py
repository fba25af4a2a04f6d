# Data descriptors and class attributes interacting with attribute names the
# compiler turns into instance slots; class changes after instances exist
# must be seen by every attribute site (inline caches are invalidated).


class WithProperty:
    def __init__(self, x):
        self.x = x
        self.y = 0

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v


p = WithProperty(3)
print(p.x, vars(p))
p.x = 4
print(p.x, vars(p))


class ReadOnly:
    def __init__(self):
        self.other = 1

    @property
    def ro(self):
        return "ro"

    def try_set(self):
        self.ro = 5


r = ReadOnly()
try:
    r.try_set()
except AttributeError as e:
    print("AttributeError:", e)
print(vars(r))


class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


class UsesDescriptor:
    size = Validated()

    def __init__(self, size):
        self.size = size
        self.label = "u"


u = UsesDescriptor(5)
print(u.size, vars(u))
try:
    u.size = -1
except ValueError as e:
    print("ValueError:", e)
print(u.size, vars(u))


class NonData:
    def __get__(self, obj, owner=None):
        return "from descriptor"


class UsesNonData:
    attr = NonData()

    def __init__(self, set_it):
        if set_it:
            self.attr = "from instance"


print(UsesNonData(False).attr, UsesNonData(True).attr)


# Class attribute, then instance attribute of the same name.
class Counter:
    count = 0
    kind = "class"

    def __init__(self):
        self.count = Counter.count
        Counter.count += 1

    def rename(self):
        self.kind = "instance"


cs = [Counter() for _ in range(3)]
print([c.count for c in cs], Counter.count, cs[0].kind)
cs[1].rename()
print([c.kind for c in cs])
del cs[1].kind
print([c.kind for c in cs])


# A class attribute changed after instances exist: every site sees it.
class Late:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


objs = [Late(i) for i in range(3)]


def read_all():
    return [o.v for o in objs] + [o.get() for o in objs]


print(read_all())
print(read_all())
Late.v = property(lambda self: "prop")
print(read_all())
del Late.v
print(read_all())


class Doubler:
    def __get__(self, obj, owner=None):
        return "doubled"

    def __set__(self, obj, value):
        raise AttributeError("no setting")


Late.v = Doubler()
print(read_all())
try:
    objs[0].v = 7
except AttributeError as e:
    print("AttributeError:", e)
del Late.v
objs[0].v = 7
print(read_all())

# A descriptor class that becomes a data descriptor later.
class Later:
    def __get__(self, obj, owner=None):
        return "later-get"


class HoldsLater:
    d = Later()

    def __init__(self):
        self.d = "instance"


h = HoldsLater()
print(h.d)
Later.__set__ = lambda self, obj, value: None
print(h.d)
h.d = "ignored"
print(h.d, vars(h))


# A method assigned as an instance attribute (not bound).
class Greeter:
    def __init__(self):
        self.greet = self.hello
        self.fn = len

    def hello(self):
        return "hello"


g = Greeter()
print(g.greet(), g.fn("abc"), g.greet.__name__)
g.greet = lambda: "replaced"
print(g.greet())


# Static and class methods do not add instance attributes.
class Stat:
    @classmethod
    def make(cls):
        cls.made = True
        return cls()

    @staticmethod
    def helper(x):
        x.helped = 1

    def __init__(self):
        self.a = 1


s = Stat.make()
Stat.helper(s)
print(vars(s), Stat.made)
