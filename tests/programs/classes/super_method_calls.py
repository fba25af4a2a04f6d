# super().name(...) called at once in a method is lowered without a super
# object or a bound method when the name means the builtin super and the
# attribute is a plain function, builtin method or slot wrapper; every other
# case goes through super(cls, self).name: all must match CPython.
class Base:
    def __init__(self, x):
        self.x = x

    def greet(self, who, punct="!"):
        return f"Base.greet {who}{punct} x={self.x}"

    @classmethod
    def make(cls, x):
        return f"Base.make {cls.__name__} {x}"

    @staticmethod
    def util(a, b):
        return a + b

    @property
    def prop(self):
        return "Base.prop"

    def __repr__(self):
        return "Base.__repr__"


class Mid(Base):
    def __init__(self, x):
        super().__init__(x * 10)

    def greet(self, who, punct="?"):
        return "Mid>" + super().greet(who, punct=punct)


class Leaf(Mid):
    def greet(self, who, punct="."):
        return "Leaf>" + super().greet(who)

    @classmethod
    def make(cls, x):
        return "Leaf>" + super().make(x)

    def use_static(self):
        return super().util(2, 3)

    def use_prop(self):
        return super().prop

    def __repr__(self):
        return "Leaf>" + super().__repr__()

    def cls_of_super(self):
        return super().__class__.__name__

    def missing(self):
        return super().nope()


leaf = Leaf(4)
print(leaf.x, leaf.greet("bob"), Leaf.make(5), leaf.make(6))
print(leaf.use_static(), leaf.use_prop(), repr(leaf), leaf.cls_of_super())
try:
    leaf.missing()
except AttributeError as e:
    print("AttributeError:", e)


# Builtin method descriptors and slot wrappers of builtin bases.
class MyList(list):
    def append(self, v):
        super().append(v * 2)

    def __len__(self):
        return super().__len__() + 100

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


ml = MyList()
ml.append(1)
ml.append(5)
print(list(ml), len(ml), ml[1])


class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, (v, "wrapped"))

    def get(self, k, default=None):
        return ("get", super().get(k, default))


md = MyDict()
md["a"] = 1
print(md, md.get("a"), md.get("zz", 0))


class Err(Exception):
    def __init__(self, code, msg):
        super().__init__(msg, code)
        self.code = code

    def __str__(self):
        return "Err:" + super().__str__()


e = Err(7, "boom")
print(e.args, e.code, str(e), repr(e))


# __new__ through super.
class Tagged(int):
    def __new__(cls, v):
        obj = super().__new__(cls, v + 1)
        return obj


print(Tagged(41), type(Tagged(1)).__name__)


# Diamond MRO: each super() continues after the current class.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


# A method called with an object that is not an instance of its class.
class P:
    def m(self):
        return super().__repr__()


try:
    P.m(42)
except TypeError as err:
    print("TypeError:", err)


# The class's method replaced after the first calls: the lookup sees it.
for i in range(3):
    if i == 2:
        Base.greet = lambda self, who, punct="#": "patched " + who + punct
    print(Mid(1).greet("z"))


# A super() spread over lines.
class Q(Base):
    def greet(self, who, punct="~"):
        return super(
        ).greet(
            who)


print(Q(3).greet("q"))
