# __del__ is best effort in Taipan (documented): this program checks only what CPython and Taipan agree on
# without relying on finalizer timing: explicit calls, __init__ / __new__ interplay, object identity.
class Resource:
    live = 0
    def __init__(self, name):
        self.name = name
        Resource.live += 1
    def close(self):
        Resource.live -= 1
        return f"closed {self.name}"
    def __del__(self):
        pass
r = Resource("a")
print(Resource.live, r.close(), Resource.live)
print(type(Resource.__del__).__name__)
class Immutable:
    __slots__ = ("_v",)
    def __init__(self, v):
        object.__setattr__(self, "_v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is immutable")
    @property
    def v(self):
        return self._v
im = Immutable(3)
try:
    im.v2 = 4
except AttributeError as e:
    print(e)
print(im.v, hasattr(im, "__dict__"))
class P2:
    __slots__ = ["x", "y"]
class C2(P2):
    __slots__ = ("z",)
c = C2()
c.x, c.z = 1, 3
print(c.x, c.z, hasattr(c, "y"), hasattr(c, "__dict__"))
try:
    c.w = 1
except AttributeError as e:
    print(e)
class WithDict(P2):
    pass
wd = WithDict()
wd.anything = 1
print(wd.anything, wd.__dict__)
class DictSlot:
    __slots__ = ("a", "__dict__")
ds = DictSlot()
ds.a = 1
ds.b = 2
print(ds.a, ds.b)
try:
    vars(c)
except TypeError as e:
    print(e)
print(P2.__slots__, C2.__slots__)
