# The right exception with CPython's message for index, key, attribute and
# arithmetic errors.
import math


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


xs = [1, 2, 3]
t = (1, 2)
s = "abc"
d = {"a": 1, (1, 2): 3}
show("list index", lambda: xs[10])
show("list neg index", lambda: xs[-4])
show("tuple index", lambda: t[5])
show("str index", lambda: s[3])
show("range index", lambda: range(3)[7])
show("bytes index", lambda: b"ab"[2])


def assign():
    xs[7] = 0


show("list assignment", assign)


def delete():
    del xs[9]


show("list deletion", delete)
show("pop empty", lambda: [].pop())
show("pop index", lambda: [1].pop(5))
show("list index type", lambda: xs["a"])
show("tuple index type", lambda: t[1.5])
show("str index type", lambda: s[None])
show("key str", lambda: d["zz"])
show("key tuple", lambda: d[(3, 4)])
show("key int", lambda: {}[0])
show("popitem", lambda: {}.popitem())
show("set remove", lambda: set().remove(5))
show("set pop", lambda: set().pop())
show("list remove", lambda: [1].remove(2))
show("list index()", lambda: [1].index(2))
show("str index()", lambda: "abc".index("z"))
show("tuple index()", lambda: (1,).index(2))


class P:
    __slots__ = ("x",)


class Q:
    pass


show("attr int", lambda: (5).foo)
show("attr str", lambda: "x".foo)
show("attr instance", lambda: Q().y)
show("attr slots", lambda: P().x)
show("attr class", lambda: Q.zz)
show("attr module", lambda: math.nope)
show("attr none", lambda: None.foo)
show("int div", lambda: 1 // 0)
show("int truediv", lambda: 1 / 0)
show("int mod", lambda: 1 % 0)
show("divmod int", lambda: divmod(1, 0))
show("float div", lambda: 1.0 / 0)
show("float floordiv", lambda: 1.0 // 0.0)
show("float mod", lambda: 1.0 % 0.0)
show("divmod float", lambda: divmod(1.0, 0.0))
show("int pow neg", lambda: 0 ** -1)
show("float pow", lambda: 0.0 ** -1)
show("big truediv", lambda: 10**400 / 0)
show("exp", lambda: math.exp(1000))
show("float of big", lambda: float(10**400))
show("big / int", lambda: 10**400 / 3)
show("float pow overflow", lambda: 10.0 ** 400)
show("int to float mul", lambda: 1.5 * 10**400)
show("sqrt", lambda: math.sqrt(-1))
show("log", lambda: math.log(0))
show("log neg", lambda: math.log(-1))
show("factorial", lambda: math.factorial(-1))
show("int()", lambda: int("12x"))
show("int() base", lambda: int("9", 8))
show("float()", lambda: float("abc"))
show("chr", lambda: chr(-1))
show("chr big", lambda: chr(0x110000))
show("ord", lambda: ord("ab"))
show("shift", lambda: 1 << -1)
show("round inf", lambda: round(float("inf")))
show("int inf", lambda: int(float("inf")))
show("int nan", lambda: int(float("nan")))
show("unpack few", lambda: [a for a, b in [(1,)]])
show("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
show("str + int", lambda: "a" + 1)
show("int + str", lambda: 1 + "a")
show("unhashable", lambda: {[]: 1})
five = 5
show("not callable", lambda: five())
show("not subscriptable", lambda: five[0])
show("not iterable", lambda: list(5))
show("next empty", lambda: next(iter([])))
