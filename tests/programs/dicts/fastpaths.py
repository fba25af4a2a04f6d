# dict.get / d[k] / d[k] = v on exact dicts (inline fast paths) and every
# case that must still take the generic path: dict subclasses that override
# get/__getitem__/__setitem__ or define __missing__, receivers that are not
# dicts, keys with a user __hash__/__eq__, str subclass keys, tuple keys
# with equal hashes, and errors raised while probing.


def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


print(count("a b a c b a".split()))
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 5), d.get("x", 5))
print(d["x"])
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# 1, 1.0 and True are one key.
n = {}
n[1] = "int"
n[1.0] = "float"
n[True] = "bool"
print(n, n.get(1.0), n.get(True), n[1])


class Missing(dict):
    def __missing__(self, key):
        return "missing " + str(key)


m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), m.get("b", 0))


class LoudDict(dict):
    def get(self, key, default=None):
        print("LoudDict.get", key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        print("LoudDict.__getitem__", key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("LoudDict.__setitem__", key, value)
        dict.__setitem__(self, key, value)


ld = LoudDict()
for w in ["p", "q", "p"]:
    ld[w] = ld.get(w, 0) + 1
print(ld["p"], sorted(ld.items()))


class NotADict:
    def get(self, key, default="dflt"):
        return ("NotADict.get", key, default)


for obj in [{"k": 1}, NotADict(), LoudDict(k=2)]:
    print(obj.get("k"), obj.get("z", 0))


# Keys with a user __hash__/__eq__: equal hashes reach __eq__.
class Key:
    calls = 0

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


k = {}
k[Key("a", 7)] = 1
k[Key("b", 7)] = 2
k[Key("a", 7)] = k.get(Key("a", 7), 0) + 10
print(sorted(k.values()), len(k), Key.calls > 0)
print(k.get(Key("c", 7)), k.get(Key("a", 8)))


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no eq")


b = {BadEq(): 1}
try:
    b.get(BadEq())
except ValueError as e:
    print("ValueError", e)
try:
    b[BadEq()] = 3
except ValueError as e:
    print("ValueError", e)


# A key whose __eq__ equals a str with the same hash.
class StrLike:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s


s = {"abc": 1}
print(s.get(StrLike("abc")), s.get(StrLike("abd")))
s[StrLike("abc")] = 2
print(s)


class MyStr(str):
    pass


class LoudStr(str):
    def __eq__(self, other):
        print("LoudStr.__eq__")
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


t = {"hello": 1}
print(t.get(MyStr("hello")), t[MyStr("hello")], type(list(t)[0]).__name__)
print(t.get(LoudStr("hello")))
t[LoudStr("hello")] = 5
print(t)
u = {LoudStr("w"): 1}
print(u.get("w"), u.get("v"))

# Tuple keys: equal tuples built separately, equal hashes of mixed numbers,
# nested tuples, and tuples holding user objects.
pairs = {}
words = "the cat saw the cat saw the dog".split()
prev = ""
for w in words:
    if prev:
        key = (prev, w)
        pairs[key] = pairs.get(key, 0) + 1
    prev = w
print(sorted(pairs.items()))
tk = {(1, 2): "a", ((1, "x"), 2.5): "b"}
print(tk.get((1.0, 2)), tk.get((True, 2.0)), tk[((1, "x"), 2.5)], tk.get((1, 2, 3)), tk.get((1,)))
tk[(1.0, 2.0)] = "c"
print(tk)


class Obj:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("Obj.__eq__", self.v, getattr(other, "v", other))
        return isinstance(other, Obj) and self.v == other.v


ot = {(Obj(1), "a"): 1}
print(ot.get((Obj(1), "a")), ot.get((Obj(2), "a")), ot.get((Obj(1), "b")))


# Mutation of the dict by __eq__ during a probe.
class Mutator:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 3

    def __eq__(self, other):
        self.d.clear()
        return False


md = {}
md[Mutator(md)] = 1
print(md.get(Mutator(md), "gone"), len(md))

# Deleted entries on the probe path (dummies), then reinsertion.
dd = {}
for i in range(50):
    dd["k%d" % i] = i
for i in range(0, 50, 2):
    del dd["k%d" % i]
for i in range(50):
    dd["k%d" % i] = dd.get("k%d" % i, -1) + 1
print(len(dd), sum(dd.values()), list(dd)[:5])


# A user __hash__ result is kept as is when it fits in a machine word.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for v in [5, -1, 2**62 + 3, -(2**63), 2**64 + 7, True]:
    print(hash(H(v)) == hash(v) if v != -1 else hash(H(v)))
print(hash(H(2**62 + 3)), hash(H(2**64 + 7)))
