# Direct constructor calls (docs/decisions/0032-direct-constructors.md):
# calls of a module class whose __init__ is known construct the instance
# and call __init__ directly while the class's constructor memo holds that
# __init__; everything that changes the class, its __init__ or the global
# must fall back to the generic type.__call__ with CPython's behaviour.


class Vec:
    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Counted:
    made = 0

    def __init__(self, n: int) -> None:
        Counted.made += 1
        self.n = n * 2


class Sub(Vec):
    pass


class Sub2(Sub):
    def norm(self):
        return self.x * self.x + self.y * self.y + self.z * self.z


def build(k):
    out = []
    for i in range(k):
        out.append(Vec(i * 0.5, i + 0.25, -1.5 * i))
    return out


def section(name):
    print("--", name)


section("plain")
vs = build(4)
print(vs)
acc = Vec(0.0, 0.0, 0.0)
for v in vs:
    acc = acc.add(v)
print(acc, type(acc).__name__)
# Arguments of other types than the annotations (the boxed __init__ path).
print(Vec(1, 2, 3), Vec("a", None, [1]), Vec(True, 2.5, 10**30))
print(Pair(1, "x").b, Pair(Pair(1, 2), None).a.b)
for i in range(3):
    c = Counted(i)
print(Counted.made, c.n)
print(Counted(True).n, Counted(2.5).n, Counted.made)

section("subclasses")
s = Sub(1.0, 2.0, 3.0)
print(type(s).__name__, s, isinstance(s, Vec), s.add(s))
s2 = Sub2(1.0, 2.0, 2.0)
print(type(s2).__name__, s2.norm())


class Other:
    def __init__(self, *args):
        self.args = args

    def __repr__(self):
        return f"Other{self.args}"


section("__class__ assignment")
v = Vec(1.0, 1.0, 1.0)
v.__class__ = Sub2
print(type(v).__name__, v.norm(), Vec(2.0, 2.0, 2.0).add(v))

section("arity and keywords")
for args, kw in [((1.0, 2.0), {}), ((1.0, 2.0, 3.0, 4.0), {}), ((), {"x": 1.0, "y": 2.0, "z": 3.0}),
                 ((1.0, 2.0), {"z": 3.0}), ((1.0,), {"y": 2.0, "w": 0.0}), ((1.0, 2.0, 3.0), {"x": 1.0})]:
    try:
        print(Vec(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)
try:
    Vec(1.0, 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1.0, 2.0, 3.0, 4.0)
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1.0, 2.0, z=3.0)
    print("keyword ok", Vec(1.0, y=2.0, z=3.0))
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __init__(self, r):
        self.r = r
        if r is not None:
            return r


class Raises:
    def __init__(self, k: int) -> None:
        if k > 1:
            raise ValueError(f"k too big: {k}")
        self.k = k


section("__init__ results and errors")
print(Bad(None).r)
for r in [1, "s", 2.5, [], Bad]:
    try:
        Bad(r)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
for k in range(3):
    try:
        print(Raises(k).k)
    except ValueError as e:
        print("ValueError:", e)

section("patched __init__")


def make3():
    return [Vec(1.0, 2.0, 3.0) for _ in range(2)]


print(make3())
orig = Vec.__init__


def other_init(self, x, y, z):
    self.x = -x
    self.y = -y
    self.z = "patched"


Vec.__init__ = other_init
print(make3(), Sub(1.0, 1.0, 1.0))
Vec.__init__ = orig
print(make3(), Sub(1.0, 1.0, 1.0))


def sub_init(self, x, y, z):
    Vec.__init__(self, z, y, x)


Sub.__init__ = sub_init
print(Sub(1.0, 2.0, 3.0), Sub2(1.0, 2.0, 3.0), Vec(1.0, 2.0, 3.0))
del Sub.__init__
print(Sub(1.0, 2.0, 3.0), Sub2(1.0, 2.0, 3.0))

section("class attributes set later")
Vec.tag = "t"
print(make3(), make3()[0].tag)
for i in range(3):
    Vec.tag = i
    print(Vec(float(i), 0.0, 0.0).tag)

section("__new__ added")


def pairs():
    return [Pair(i, -i) for i in range(2)]


print([p.b for p in pairs()])


def new_other(cls, *args):
    print("  __new__", cls.__name__, args)
    return object.__new__(cls)


Pair.__new__ = new_other
print([p.b for p in pairs()])


def new_foreign(cls, *args):
    return Other(*args)


Pair.__new__ = new_foreign
print(pairs())

section("abstract methods set later")
Vec.__abstractmethods__ = frozenset({"area"})
try:
    make3()
except TypeError as e:
    print("TypeError:", e)
Vec.__abstractmethods__ = frozenset()
print(make3()[1])

section("the global rebound")
saved = Vec
Vec = Other
print(make3(), saved(1.0, 2.0, 3.0).add(saved(1.0, 1.0, 1.0)))
Vec = lambda *a: sum(a)
print(make3())
Vec = Sub
print(make3(), type(make3()[0]).__name__)
Vec = saved
print(make3(), type(make3()[0]).__name__)
del Vec
try:
    make3()
except NameError as e:
    print("NameError:", e)
Vec = saved


class Meta(type):
    def __call__(cls, *args):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


Vec = Meta("Vec", (saved,), {})
print(make3())
Vec = saved
print(make3())

section("identity and many objects")
a = Vec(1.0, 2.0, 3.0)
b = Vec(1.0, 2.0, 3.0)
print(a is b, type(a) is type(b), a.x == b.x)
total = 0.0
for i in range(20000):
    p = Vec(i * 1.0, 1.0, 2.0)
    total += p.x + p.z
print(total)
