# type() with one and three arguments, __class_getitem__, __init_subclass__, class attributes, __qualname__, __module__.
Point = type("Point", (object,), {"x": 0, "show": lambda self: f"Point x={self.x}"})
p = Point()
p.x = 3
print(type(p).__name__, p.show(), Point.__qualname__, Point.__bases__, type(Point))
Sub = type("Sub", (Point,), {})
print(Sub().show(), Sub.__mro__, issubclass(Sub, Point))
print(type(1), type("a"), type(None), type(type), type(len), type(print).__name__)

class Outer:
    class Inner:
        def meth(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().method().__qualname__)
print(Outer.__module__, Outer.__name__, Outer.method.__name__)

class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag="a"):
    pass
class B(A):
    pass
print(Registry.subclasses, A.tag, B.tag)

class Gen:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
print(Gen[int], Gen[int, str])

class Counted:
    instances = 0
    def __init__(self):
        Counted.instances += 1
        self.id = Counted.instances
c1, c2 = Counted(), Counted()
print(Counted.instances, c1.id, c2.id, c1.instances)
c1.instances = 100
print(Counted.instances, c1.instances, c2.instances)
print(Counted.__dict__["instances"], "instances" in vars(c1))

class WithDoc:
    """Class docstring."""
print(WithDoc.__doc__, WithDoc().__class__ is WithDoc, WithDoc.__class__)
print(isinstance(WithDoc, type), isinstance(3, (str, int)), issubclass(bool, int), issubclass(int, (str, float)))
print(object.__name__, object.__bases__, int.__mro__, bool.__mro__)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(e)
class Base:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print("init", v)
o = Base(5)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Weird())
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]))
print(isinstance(3, int | str), isinstance("s", int | None), issubclass(type(None), int | None), int | str)
