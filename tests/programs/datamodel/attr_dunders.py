# __getattr__, __getattribute__, __setattr__, __delattr__, and their interplay with object.__...
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        return f"<default {name}>"
o = Logged()
o.b = 2
del o.a
print(o.log, o.b, o.a, o.zzz, hasattr(o, "anything"))
try:
    del o.nope
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_t"), name)
class T:
    x = 10
    def hello(self):
        return "hello from T"
p = Proxy(T())
print(p.x, p.hello(), p._t.__class__.__name__)
try:
    p.missing
except AttributeError as e:
    print(e)

class GA:
    def __getattribute__(self, n):
        if n == "boom":
            raise AttributeError("custom")
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "fallback " + n
print(GA().boom)

class Frozen:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
f = Frozen()
try:
    f.y = 2
except AttributeError as e:
    print(e)
print(getattr(f, "x"), getattr(f, "y", "dflt"))
setattr(f, "x", 42)
print(f.x)
delattr(f, "x")
try:
    f.x
except AttributeError as e:
    print(e)
class N:
    pass
try:
    N().foo
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    N.foo
except AttributeError as e:
    print(e)
try:
    getattr(N(), 5)
except TypeError as e:
    print(e)
n = N()
for name in ["alpha", "beta", "gamma"]:
    setattr(n, name, len(name))
print(vars(n), [getattr(n, k) for k in ("alpha", "gamma")])
N.shared = "class attr"
print(n.shared, N().shared)
n.method = lambda: "instance lambda"
print(n.method())
N.meth = lambda self: "monkeypatched " + type(self).__name__
print(n.meth(), N.meth(n))
