# str(x) called by name takes an inline path for exact strs and small ints
# while the name still means the builtin (decision 0034); everything else
# (bools, big ints, floats, subclasses, __str__ overrides, a rebound str,
# keyword arguments) must behave as in CPython.
import builtins


class I(int):
    def __str__(self):
        return "I!"


class S(str):
    def __str__(self):
        return "S!"


class P:
    def __str__(self):
        return "P"


def conv(i: int, x):
    return str(i), str(x)


print(conv(0, "abc"), conv(-7, 3.5), conv(2**62 - 1, -(2**62)), conv(2**62, 2**100))
print(str(True), str(False), str(None), str(I(5)), str(S("x")), type(str(S("x"))).__name__, str(P()))
s = "same"
print(str(s) is s, str(12345678), str(-0), str(b"ab"), str([1, "a"]), str())
print(str(b"\xc3\xa9", "utf-8"), str(object=42), str(1e100), str(float("nan")))
print(sum(len(str(k)) for k in range(-1000, 100000)))
try:
    str(1, 2)
except TypeError as e:
    print("TypeError:", e)


def rebound():
    return str(10)


saved = builtins.str
builtins.str = lambda x: "rebound " + repr(x)
print(rebound())
builtins.str = saved
print(rebound())
str = lambda x: "global " + saved(x)  # noqa: A001
print(rebound())
del str
print(rebound())
