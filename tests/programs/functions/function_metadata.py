# __module__, __qualname__ of nested functions and methods, a hand-written wraps, function __dict__.
def g(x, y=1, *, z=2):
    pass
print(g.__module__, g.__name__, g.__qualname__, g.__defaults__, g.__kwdefaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
class C:
    def m(self):
        pass
    class D:
        def n(self):
            pass
print(C.m.__qualname__, C.D.n.__qualname__, C.D.__qualname__, C.__module__)
def wraps(f):
    def deco(w):
        w.__wrapped__ = f
        w.__name__ = f.__name__
        w.__doc__ = f.__doc__
        return w
    return deco
def base():
    "base doc"
@wraps(base)
def wrapper():
    pass
print(wrapper.__wrapped__ is base, wrapper.__name__, wrapper.__doc__)
base.tag = 5
print(base.tag, base.__dict__)
