# Instance attributes kept in fixed slots (one state word in place of the
# __dict__ word): dict mode entered every way, the dict read back, method
# lookups shadowed by instance attributes, classes past the slot limit,
# exception and builtin subclasses, __class__ assignment, copies.
import copy


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def total(self):
        n = 1
        if self.left is not None:
            n += self.left.total()
        if self.right is not None:
            n += self.right.total()
        return n


def build(d):
    if d == 0:
        return Node(None, None)
    return Node(build(d - 1), build(d - 1))


print(build(6).total())

# Reading __dict__ hands out the real dict; later stores land in it.
a = Node(1, 2)
d = a.__dict__
a.left = 10
a.extra = "x"
print(d, vars(a), a.left, a.right, a.extra)

# Assigning __dict__.
b = Node(3, 4)
b.__dict__ = {"right": 5, "left": 6, "z": 7}
print(b.left, b.right, b.z, sorted(vars(b)))
b.left = 8
print(vars(b))

# Deleting: the newest attribute, then an older one.
c = Node(1.5, 2.5)
del c.right
print(vars(c), hasattr(c, "right"))
c.right = -0.0
del c.left
print(vars(c))
try:
    del c.left
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Node.__new__(Node).left)
except AttributeError as e:
    print("AttributeError:", e)

# Out-of-order first stores and non-slot attributes.
e = Node.__new__(Node)
e.right = 1
e.left = 2
print(vars(e), e.total.__name__)


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name


g = Greeter("ann")
print(g.hello())
g.hello = lambda: "shadowed"
print(g.hello())
del g.hello
print(g.hello())
h = Greeter("bob")
h.__dict__["hello"] = lambda: "via dict"
print(h.hello(), Greeter("cy").hello())


# More attributes than a class lays out as slots: the rest go to the dict.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * i)
        self.last = n


for n in (30, 31, 32, 40):
    w = Wide(n)
    total = 0
    for i in range(n):
        total += getattr(w, "a%d" % i)
    print(n, total, w.last, len(vars(w)), list(vars(w))[-2:])


class Big:
    def __init__(self):
        self.f0 = 0.5
        self.f1 = 1
        self.f2 = 2.5
        self.f3 = "three"
        self.f4 = 4.25
        self.f5 = None
        self.f6 = 6.0
        self.f7 = [7]
        self.f8 = 8.5
        self.f9 = 9
        self.f10 = 10.5
        self.f11 = 11
        self.f12 = 12.5
        self.f13 = 13
        self.f14 = 14.5
        self.f15 = 15
        self.f16 = 16.5
        self.f17 = 17
        self.f18 = 18.5
        self.f19 = 19
        self.f20 = 20.5
        self.f21 = 21
        self.f22 = 22.5
        self.f23 = 23
        self.f24 = 24.5
        self.f25 = 25
        self.f26 = 26.5
        self.f27 = 27
        self.f28 = 28.5
        self.f29 = 29
        self.f30 = 30.5
        self.f31 = 31
        self.f32 = 32.5
        self.f33 = "end"

    def score(self):
        return self.f0 + self.f2 + self.f30 + self.f32 + self.f31 + self.f1


bg = Big()
print(bg.score(), bg.f33, bg.f3, bg.f7, len(vars(bg)))
bg.f32 += 1
bg.f0 = 7
print(bg.score(), list(vars(bg).items())[:3], list(vars(bg).items())[-3:])


# Exception subclasses keep their own __dict__ word.
class AppError(ValueError):
    def __init__(self, code, where):
        super().__init__("failed at " + where)
        self.code = code
        self.where = where


try:
    raise AppError(42, "parse")
except AppError as err:
    print(err, err.code, err.where, err.args, sorted(vars(err)))
    err.note = "n"
    print(sorted(vars(err)), err.code)


# Builtin subclasses with attributes.
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


t = Tagged([3, 1, 2], "t")
t.sort()
print(t, t.tag, vars(t), len(t))
t.other = 1
print(vars(t))


class Meters(float):
    def __new__(cls, v, unit):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj


m = Meters(2.5, "m")
print(m + 1, m.unit, vars(m))


# __class__ assignment between classes of the same layout.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def kind(self):
        return "P"


class Q:
    def __init__(self):
        self.x = 10
        self.y = 20

    def kind(self):
        return "Q"


p = P()
p.__class__ = Q
print(p.kind(), p.x, p.y, vars(p))
p.x = 5
print(p.x, vars(p))


class Sub(P):
    def __init__(self):
        super().__init__()
        self.z = 3


s = Sub()
print(s.x, s.y, s.z, vars(s), s.kind())

# Copies.
n1 = Node(1, [2])
n2 = copy.copy(n1)
n3 = copy.deepcopy(n1)
n1.right.append(3)
n2.left = 9
print(vars(n1), vars(n2), vars(n3))
print(sorted(k for k in dir(n1) if not k.startswith("__")))
