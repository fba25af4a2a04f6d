# __slots__ names are member descriptors kept out of the instance __dict__,
# also when __slots__ lists '__dict__'.
class C:
    __slots__ = ("x", "__dict__")

    def __init__(self):
        self.x = 1
        self.y = 2


class S:
    __slots__ = ("p", "q")

    def __init__(self, p):
        self.p = p


class Sub(S):
    def __init__(self):
        super().__init__(5)
        self.extra = "e"


c = C()
print(c.__dict__, c.x, c.y, C.x, type(C.x).__name__)
c.x = 10
c.z = 3
print(c.__dict__, c.x)
del c.x
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
s = S(1)
print(S.p, S.q, s.p, hasattr(s, "q"), sorted(dir(s))[-2:])
try:
    s.r = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.q
except AttributeError as e:
    print("AttributeError:", e)
t = Sub()
print(t.p, t.__dict__, Sub.p, S.p.__get__(t), S.q.__name__)
S.p.__set__(t, 9)
print(t.p, isinstance(S.__dict__["p"], type(C.x)))
try:
    S.p.__get__(c)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
