# The attribute protocol around instance slots: __dict__ assignment, del and
# its AttributeError, the hasattr/getattr/setattr/delattr builtins,
# __getattr__ / __getattribute__ / __setattr__ / __delattr__ overrides,
# object.__setattr__, and dir().


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


p = P(3, 4)
p.__dict__ = {"y": 1, "q": 2}
print(vars(p), p.y, hasattr(p, "x"))
try:
    p.norm()
except AttributeError as e:
    print("AttributeError:", e)
p.x = 5
print(p.norm(), vars(p))
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

p = P(1.5, 2)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
p2 = P(1, 2)
try:
    p2.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    P.__new__(P).x
except AttributeError as e:
    print("AttributeError:", e)

q = P(1, 2.5)
print(hasattr(q, "x"), hasattr(q, "z"), getattr(q, "y"), getattr(q, "z", "default"))
setattr(q, "x", 10)
setattr(q, "z", 11)
print(vars(q), q.norm())
delattr(q, "y")
print(vars(q), getattr(q, "y", None))
name = "".join(["x"])
print(getattr(q, name), hasattr(q, name))
setattr(q, name, 0.25)
print(q.x, vars(q))

r = P(1, 2)
print([a for a in dir(r) if not a.startswith("__")])
r.zzz = 1
r.aaa = 2
print([a for a in dir(r) if not a.startswith("__")])


class Fallback:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        return "fallback:" + name


f = Fallback()
print(f.real, f.virtual, getattr(f, "other"), hasattr(f, "anything"))
del f.real
print(f.real)
f.real = "again"
print(f.real, vars(f))


class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


lg = Logged()
lg.a += 1
print(vars(lg))
del lg.a
print(vars(lg))


class Intercept:
    def __init__(self):
        self.v = 1

    def __getattribute__(self, name):
        if name == "v":
            return "intercepted"
        return object.__getattribute__(self, name)


it = Intercept()
print(it.v, vars(it))


class Bypass:
    def __init__(self):
        object.__setattr__(self, "a", 1)
        self.b = 2

    def __setattr__(self, name, value):
        raise AttributeError("frozen")


bp = Bypass.__new__(Bypass)
try:
    bp.__init__()
except AttributeError as e:
    print("AttributeError:", e, vars(bp))


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")


fz = Frozen(3)
print(fz.x)
try:
    fz.x = 4
except AttributeError as e:
    print("AttributeError:", e)
print(vars(fz))


# __getattr__ added to the class after the attribute sites have run.
class Dyn:
    def __init__(self):
        self.a = 1


def read(o):
    return o.a, getattr(o, "b", "no b")


d = Dyn()
print(read(d))
Dyn.__getattr__ = lambda self, name: "dyn " + name
print(read(d))
del d.a
print(read(d))
