# isinstance with a class whose metaclass is exactly type (decided inline,
# decision 0050) next to metaclasses with __instancecheck__, and slices of
# ASCII and non-ASCII strs.
from abc import ABC


class Base:
    pass


class Derived(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return obj == 3


class Odd(metaclass=Meta):
    pass


class Plain(metaclass=type):
    pass


class Abstract(ABC):
    pass


Abstract.register(int)

values = [None, True, 0, 5, 2 ** 80, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, Base(), Derived(), Plain(), Odd, int]
classes = [int, bool, float, str, bytes, list, tuple, dict, set, object, type, Base, Derived, Plain, Odd, Abstract]
for v in values:
    print(type(v).__name__, [c.__name__ for c in classes if isinstance(v, c)])
print(isinstance(3, Odd), isinstance(4, Odd))
print(isinstance(True, (str, int)), isinstance("x", (int, float)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)


class SubStr(str):
    pass


def encode(v):
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str:" + type(v).__name__
    if isinstance(v, list):
        return "list"
    if isinstance(v, dict):
        return "dict"
    return "other"


print([encode(v) for v in [1, True, 1.0, "a", SubStr("b"), [], {}, (), Base()]])

s = "hello, world"
print(s[0:1], s[0:1] == "h", s[3:3] == "", s[2:9], s[-5:], s[:-7], s[5:100], s[100:])
t = "caf\u00e9 cr\u00e8me \u2603!"
print(t[0:4], t[3:4], t[3:4] == "\u00e9", t[5:], t[-2:], t[-2:-1] == "\u2603", len(t[2:8]))
u = SubStr("subclass")
print(u[0:3], type(u[0:3]).__name__, type(u[:]).__name__, u[:] == u)
pieces = [s[i:i + 3] for i in range(0, len(s), 3)]
print(pieces, "".join(pieces) == s, [len(p) for p in pieces])
print([type(p).__name__ for p in pieces[:2]], s[0:len(s)] is s)
