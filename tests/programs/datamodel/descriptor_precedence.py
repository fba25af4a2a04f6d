# Descriptors: data vs non-data precedence, __set_name__, property with setter/deleter, classmethod/staticmethod.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class C:
    a = Typed()
    b = NonData()
    def __init__(self):
        self.a = 5
print(type(C.a).__name__)
c = C()
print(c.a, c.b)
c.__dict__["b"] = "instance wins"
c.__dict__["a"] = "instance loses"
print(c.a, c.b)
try:
    c.a = "x"
except TypeError as e:
    print(e)
del c.a
print(c.a)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("setting", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def ro(self):
        return 1
t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.ro = 2
except AttributeError as e:
    print(e)
try:
    del t.ro
except AttributeError as e:
    print(e)

class M:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls, a
    @staticmethod
    def util(x, y=2):
        return x * y
class M2(M):
    pass
print(M.make(1), M2.make(), M().make(3), M.count, M2.count)
print(M.util(3), M().util(3, 3), M2.util(y=5, x=1))
print(type(M.__dict__["make"]).__name__, type(M.__dict__["util"]).__name__)
sm = M.__dict__["util"]
print(sm.__func__(4), M.make.__self__.__name__, M.make.__func__.__name__)

class Bound:
    def m(self):
        return self
b = Bound()
bm = b.m
print(bm.__self__ is b, bm.__func__ is Bound.m, bm() is b, Bound.m(b) is b)
print(bm == b.m, bm is b.m)
