# Decorators: with and without arguments, stacked, on classes and methods; function attributes and __wrapped__.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}{kwargs if kwargs else ''}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
def tag(label):
    def deco(obj):
        obj.label = label
        return obj
    return deco

@trace
def add(a, b=1):
    "Adds."
    return a + b
print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__wrapped__(10))

@repeat(3)
@trace
def hello(n):
    return f"hi {n}"
print(hello("bob"))

@tag("model")
class Model:
    @tag("m")
    def method(self):
        return 1
    @staticmethod
    @trace
    def st(x):
        return x * 2
    @classmethod
    @repeat(2)
    def cm(cls):
        return cls.__name__
print(Model.label, Model.method.label, Model.st(4), Model.cm())

def counter(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counter
def sq(x):
    return x * x
for i in range(4):
    sq(i)
print(sq.calls, sq.__dict__)

def f():
    pass
f.attr = "value"
f.__dict__["other"] = 2
print(f.attr, f.other, sorted(f.__dict__))
print(f.__module__, f.__defaults__, f.__kwdefaults__, callable(f))

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def one():
    return 1
@register(REG)
def two():
    return 2
print({k: v() for k, v in REG.items()})

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Conn:
    def __init__(self, host):
        self.host = host
print(Conn("a") is Conn("b"), Conn("c").host)

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CountCalls
def cube(x):
    return x ** 3
print(cube(2), cube(3), cube.n, type(cube).__name__)
d = (lambda fn: fn)
@d
def plain():
    return "plain"
print(plain())
@(lambda fn: lambda: fn().upper())
def expr_deco():
    return "pep 614"
print(expr_deco())
