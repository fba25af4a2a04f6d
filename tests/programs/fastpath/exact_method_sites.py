# Method calls whose receiver's exact type decides the method (decision
# 0055): `s.NAME(...)` on an exact str calls str's method directly and
# `d.get(k[, dflt])` on an exact dict looks up inline, without the method
# cache. Anything else (subclasses overriding or inheriting the methods,
# other receivers, keywords, wrong argument counts and types) must behave
# exactly as the generic call does.
from typing import Dict, List


class Loud(str):
    def lower(self):
        return "lower:" + str.lower(self)

    def strip(self, chars=None):
        return "strip:" + str.strip(self, chars)

    def split(self, sep=None):
        return ["split", str(self)]

    def startswith(self, p):
        return "never"


class Plain(str):
    pass


class Counting(dict):
    def get(self, k, dflt=None):
        return ("sub", k, dflt)


class Missing(dict):
    def __missing__(self, k):
        return "missing"


class HasGet:
    def get(self, k, dflt=0):
        return ("HasGet", k, dflt)

    def lower(self):
        return "HasGet.lower"

    def strip(self, chars=None):
        return "HasGet.strip"


def lowers(items: List[object]) -> List[object]:
    out = []
    for x in items:
        try:
            out.append(x.lower())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


def strips(items: List[object], chars: object) -> List[object]:
    out = []
    for x in items:
        try:
            out.append(x.strip(chars))
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def gets(items: List[object], key: object) -> List[object]:
    out = []
    for d in items:
        try:
            out.append(d.get(key))
            out.append(d.get(key, "dflt"))
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def typed(s: str) -> str:
    # s is an exact str here (the typed clone's entry test); a subclass
    # instance runs the generic entry.
    return s.strip(".,").lower() + "|" + s.upper()


def counts(text: str) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for w in text.split():
        w = w.strip(".,;").lower()
        d[w] = d.get(w, 0) + 1
    return d


def letters(text: str) -> Dict[str, int]:
    h: Dict[str, int] = {}
    for ch in text:
        if "a" <= ch <= "z":
            h[ch] = h.get(ch, 0) + 1
        elif "A" <= ch <= "Z":
            lo = ch.lower()
            h[lo] = h.get(lo, 0) + 1
    return h


def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(lowers(["ABC", "", "ÄÖÜ ß", Loud("XY"), Plain("XY"), HasGet(), 5, None, [1], b"AB"]))
print([type(x).__name__ for x in lowers([Plain("Q"), "Q"])])
print(strips(["..a.b..", "a", Loud("..q.."), Plain("..q.."), HasGet(), 3], "."))
print(strips(["  x  ", "\u3000y\u2003", Plain(" z ")], None))
print(strips(["x"], 5))
print(gets([{"k": 1}, {}, Counting(k=2), Missing(), HasGet(), "str", 7, None], "k"))
print(gets([{"k": 1}], ["unhashable"]))
print(typed("..Hello,"), typed(Loud("..Hello,")), typed(Plain("..Hello,")))
print(sorted(counts("The cat. the Cat; THE dog, a dog").items()))
print(sorted(letters("Hello, World! Ünïcode aZ").items()))

# Identity: a strip that removes nothing returns the str itself (CPython
# does too for an exact str), a subclass instance gets a new exact str.
s = "abc"
p = Plain("abc")
print(s.strip() is s, type(p.strip()).__name__, p.strip() is p)
print("A".lower() == "a", "a".upper(), "ǅ".lower(), "ß".upper(), "İ".lower() == "i\u0307")

# Wrong argument counts and types: the method's own messages.
err(lambda: "a".lower(1))
err(lambda: "a".strip(1))
err(lambda: "a".strip(".", "x"))
err(lambda: "a,b".split(",", "x"))
err(lambda: "abc".find(1))
err(lambda: "abc".startswith(1))
err(lambda: "abc".replace("a"))
err(lambda: "-".join([1, 2]))
err(lambda: {}.get())
err(lambda: {}.get(1, 2, 3))
err(lambda: Counting().get())

# Keywords take the generic call.
print("a b c".split(maxsplit=1), "a,b".split(sep=","), "{x}-{0}".format(1, x=2))
print({"k": 1}.get("k", "d"), "x".rjust(3, "*"), "ab".center(6, "-"), "7".zfill(3))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "l1\nl2\r\nl3".splitlines())
print("Hello".swapcase(), "hello world".title(), "hELLO".capitalize(), "Straße".casefold())
print("123".isdigit(), "12a".isalnum(), "  ".isspace(), "abc".isalpha(), "ABC".isupper(), "abc".islower())
print("Ab Cd".istitle(), "²".isdecimal(), "½".isnumeric(), "é".isascii())
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "abcabc".count("bc"))
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".index("b"), "abcabc".rindex("b"))
print("a,b,,c".split(","), "a b  c".rsplit(None, 1), "xxaxx".lstrip("x"), "xxaxx".rstrip("x"))
print("{:>5}|{}".format("r", 2), "ab".endswith(("b", "c")), "ab".ljust(4) + "|")


# An exception inside a direct call propagates, and a handler catches it.
def boom():
    yield "a"
    raise ValueError("from the generator")


try:
    "-".join(boom())
except ValueError as e:
    print("caught", e)

# Attributes of exact strs and dicts cannot be replaced.
for target in ("x", {}):
    try:
        target.get = lambda *a: "patched"
        print("patched")
    except AttributeError as e:
        print("AttributeError:", e)
try:
    str.lower = lambda self: "patched"
except TypeError as e:
    print("TypeError:", e)
print("QQ".lower())


# A dict subclass instance may have its own `get` in its __dict__.
class Attr(dict):
    pass


a = Attr(k=1)
print(a.get("k"))
a.get = lambda k, d=None: ("instance", k, d)
print(a.get("k"), a.get("k", 0))

# A receiver that changes type between iterations of one call site.
for x in ["Up", Loud("Up"), HasGet(), "Down", Plain("Down")]:
    print(x.lower(), x.strip("U"), end="; ")
print()
for d in [{"a": 1}, Counting(), {"a": 2}, HasGet(), Missing(a=3)]:
    print(d.get("a", 0), end="; ")
print()


# `x + "str"` and `"str" + x` (decision 0055): only two exact strs
# concatenate inline; a str subclass's __add__/__radd__ and other types'
# operators still answer.
class Adds(str):
    def __add__(self, other):
        return "Adds.__add__(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "Adds.__radd__(" + other + str(self) + ")"

    def __iadd__(self, other):
        return "Adds.__iadd__"


class RAdd:
    def __radd__(self, other):
        return ("RAdd.__radd__", other)

    def __add__(self, other):
        return ("RAdd.__add__", other)


def concat(items: List[object]) -> List[object]:
    out = []
    for x in items:
        try:
            out.append(x + "!")
            out.append("<" + x)
            out.append("<" + x + ">")
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            y = x
            y += "+="
            out.append(y)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(concat(["w", "", "é", Adds("A"), Plain("P"), RAdd(), 1, None, [1], b"b"]))
print([type(v).__name__ for v in concat([Plain("P")])])
for v in (1, None, [1], b"b", 2.5):
    err(lambda: "s" + v)

# strip keeps the map of its last chars argument: fresh chars strs of other
# texts (built at run time, dropped at once) must never reuse it.
res = []
for i in range(3000):
    chars = "".join(chr(97 + (i + 7 - k * 3 + (i % 2) * 3) % 26) for k in range(i % 5))
    word = "".join(chr(97 + (i + k) % 26) for k in range(8))
    res.append(word.strip(chars) + "|" + word.lstrip(chars[:2]) + "|" + word.rstrip(Plain(chars)))
    if i % 3 == 0:
        res.append(word.strip())
print(len(res), sum(len(r) for r in res), res[:6], res[-3:])


# `d.get` with unboxed arguments (a bool or float default, a float key).
def typed_gets(d: Dict[str, int], flag: bool, x: float) -> List[object]:
    return [d.get("k", flag), d.get("z", flag), d.get("z", x), {1.5: "f"}.get(x), {True: "t"}.get(1), d.get(x)]


print(typed_gets({"k": 7}, True, 1.5), typed_gets({"k": 7}, False, 2.5))
