# Instance slots across inheritance: subclasses add attributes after their
# bases', super().__init__ in either order, multiple inheritance, diamonds,
# and code of a base class running on subclass instances.


class Base:
    def __init__(self, a):
        self.a = a
        self.b = a * 2

    def describe(self):
        return f"{type(self).__name__}(a={self.a}, b={self.b})"

    def set_late(self):
        self.late = "late"


class Child(Base):
    def __init__(self, a, c):
        super().__init__(a)
        self.c = c

    def describe(self):
        return super().describe() + f"+c={self.c}"


class ChildFirst(Base):
    def __init__(self, a, c):
        self.c = c
        super().__init__(a)


class GrandChild(Child):
    def __init__(self, a, c, d):
        Child.__init__(self, a, c)
        self.d = d
        self.a = -a


class NoInit(Child):
    def extra(self):
        self.e = "e"


for obj in [Base(1), Child(2, 3), ChildFirst(4, 5), GrandChild(6, 7, 8), NoInit(9, 10)]:
    print(obj.describe(), vars(obj))
    obj.set_late()
    print(sorted(vars(obj)), list(vars(obj)))

n = NoInit(1, 2)
n.extra()
print(vars(n), n.e, n.late if hasattr(n, "late") else "no late")


class Left:
    def __init__(self):
        self.left = "L"
        self.shared = "from left"


class Right:
    def __init__(self):
        self.right = "R"
        self.shared = "from right"


class Both(Left, Right):
    def __init__(self):
        Left.__init__(self)
        Right.__init__(self)
        self.both = True


class BothReversed(Right, Left):
    def __init__(self):
        Left.__init__(self)
        Right.__init__(self)


bo = Both()
print(vars(bo), bo.shared)
br = BothReversed()
print(vars(br), br.shared)


class Top:
    def __init__(self):
        self.top = 0


class Mid1(Top):
    def __init__(self):
        super().__init__()
        self.m1 = 1


class Mid2(Top):
    def __init__(self):
        super().__init__()
        self.m2 = 2


class Diamond(Mid1, Mid2):
    def __init__(self):
        super().__init__()
        self.dia = 3


print(vars(Diamond()), [k.__name__ for k in Diamond.__mro__])

# The same method (and so the same attribute sites) on many types.
objs = [Base(1), Child(1, 2), GrandChild(1, 2, 3), Base(2), ChildFirst(1, 1)]
for i in range(3):
    for o in objs:
        o.a = o.a + 1
print([o.a for o in objs], [o.b for o in objs])


class Mixin:
    def mark(self):
        self.marked = True
        return self


class WithMixin(Mixin, Base):
    pass


w = WithMixin(5).mark()
print(vars(w), w.marked)


# A base class with no attributes of its own.
class Empty:
    pass


class FromEmpty(Empty):
    def __init__(self):
        self.x = 1


print(vars(FromEmpty()), vars(Empty()))
