# Subclasses of module classes: irgen lists the base's slot names first
# (decision 0048), so layout regions in subclass methods and in their
# __init__ after super().__init__ bind. Every case must behave as in
# CPython whatever the layout guess.
import math


class Shape:
    def __init__(self, r, g):
        self.r = r
        self.g = g

    def tint(self):
        return self.r * 0.5 + self.g * 0.25


class Circle(Shape):
    def __init__(self, cx, cy, rad, r, g):
        super().__init__(r, g)
        self.cx = cx
        self.cy = cy
        self.rad = rad

    def area(self):
        return self.rad * self.rad * math.pi

    def dist(self, x, y):
        dx = self.cx - x
        dy = self.cy - y
        return math.sqrt(dx * dx + dy * dy) - self.rad


class Ring(Circle):
    def __init__(self, cx, cy, rad, inner):
        self.inner = inner          # before the base __init__: another order
        super().__init__(cx, cy, rad, 0.1, 0.2)

    def area(self):
        return self.rad * self.rad * math.pi - self.inner * self.inner * math.pi


class Box(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
        Shape.__init__(self, 1.0, 2.0)

    def area(self):
        return self.w * self.h


shapes = [Circle(0.0, 0.0, 1.5, 0.3, 0.6), Ring(1.0, 1.0, 2.0, 0.5), Box(2.0, 3.5), Shape(0.9, 0.1)]
total = 0.0
for _ in range(50):
    for s in shapes:
        total += s.tint()
        if isinstance(s, Circle):
            total += s.area() + s.dist(3.0, 4.0)
        elif isinstance(s, Box):
            total += s.area()
print(round(total, 6))
print([list(vars(s)) for s in shapes])


# A subclass attribute set to a non-float, then deleted: the guards fail.
c = Circle(1.0, 2.0, 3.0, 0.0, 0.0)
print(round(c.dist(0.0, 0.0), 6))
c.rad = 2
print(round(c.dist(0.0, 0.0), 6), c.area() > 12)
del c.cx
try:
    c.dist(0.0, 0.0)
except AttributeError as e:
    print("AttributeError", e)


# A base class name bound twice: the subclass cannot rely on it.
class Base:
    def __init__(self):
        self.a = 1.0
        self.b = 2.0


class Base:  # noqa: F811 (rebinding on purpose)
    def __init__(self):
        self.b = 20.0
        self.c = 30.0


class Child(Base):
    def __init__(self):
        super().__init__()
        self.d = 4.0

    def mix(self):
        return self.b + self.c * self.d


print(Child().mix(), list(vars(Child())))


# A property in the subclass over a name the base assigns.
class Plain:
    def __init__(self, v):
        self.v = v
        self.w = v * 2.0


class Prop(Plain):
    @property
    def v(self):
        return 100.0

    @v.setter
    def v(self, value):
        self.stored = value

    def both(self):
        return self.v + self.w


p = Prop(1.5)
print(p.both(), p.stored, list(vars(p)))


# Private names are mangled per class.
class Priv:
    def __init__(self):
        self.__x = 1.0
        self.y = 2.0


class SubPriv(Priv):
    def __init__(self):
        super().__init__()
        self.__x = 10.0

    def show(self):
        return self.__x + self.y + self._Priv__x


print(SubPriv().show(), list(vars(SubPriv())))


# Many levels, each adding float attributes read together.
class L0:
    def __init__(self):
        self.a = 1.0


class L1(L0):
    def __init__(self):
        super().__init__()
        self.b = 2.0


class L2(L1):
    def __init__(self):
        super().__init__()
        self.c = 3.0

    def s(self):
        return self.a + self.b * self.c


acc = 0.0
for _ in range(100):
    acc += L2().s()
print(acc)
