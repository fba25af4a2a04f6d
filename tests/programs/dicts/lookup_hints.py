# The dict lookup hints of decision 0050: `d[k] = v` right after a lookup
# of the same key object reuses where that lookup found the key (or where it
# would go). Every case here changes the dict, the key or the key's hash
# between the lookup and the store, or stores into another dict.


def show(d):
    print(sorted(d.items(), key=repr))


# Counting with get/set and with `in`: str, int, tuple keys.
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
show(counts)
pairs = {}
prev = ""
for w in words:
    if prev:
        key = (prev, w)
        pairs[key] = pairs.get(key, 0) + 1
    prev = w
show(pairs)
seen = {}
for n in [3, 1, 3, 2, 1, 3]:
    if n not in seen:
        seen[n] = 0
    seen[n] += 1
show(seen)

# A lookup in one dict, then a store of the same key into another dict whose
# entry at the same position holds a different key (or the same one).
a = {"x": 1, "y": 2}
b = {"y": 10, "x": 20}
k = "x"
print(a.get(k))
b[k] = 99
print(a, b)
c = {"x": 5}
print(c.get(k))
a[k] = 7
print(a, c)

# A miss, then the dict changes before the store.
d = {"a": 1}
print(d.get("z"))
for i in range(20):
    d["k%d" % i] = i  # grows the tables
d["z"] = 26
print(len(d), d["z"], d["a"], d["k19"])
print("z" in d, list(d)[-1])

d = {"a": 1, "b": 2}
print("q" in d)
del d["a"]
d["q"] = 3
print(d, list(d))

d = {"a": 1, "b": 2}
print(d.get("q"))
d.clear()
d["q"] = 3
print(d)

d = {"a": 1, "b": 2, "c": 3}
print(d.get("q"))
print(d.popitem())
d["q"] = 4
print(d)

d = {"a": 1}
print(d.get("q"))
d.pop("a")
d["q"] = 5
d["a"] = 6
print(d, list(d))

# A miss in one dict, a store of the key into another.
d1 = {"a": 1}
d2 = {"b": 2}
print(d1.get("q"))
d2["q"] = 7
print(d1, d2, "q" in d1, "q" in d2)

# Deleted entries on the probe path: the key goes into a reused slot and is
# found again.
d = {}
for i in range(8):
    d["s%d" % i] = i
for i in range(0, 8, 2):
    del d["s%d" % i]
for i in range(0, 8, 2):
    key = "s%d" % i
    if key not in d:
        d[key] = -i
print(d, len(d))
print([d["s%d" % i] for i in range(8)])


# A key whose hash changes between the lookup and the store.
class Mutable:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Mutable) and other.h == self.h

    def __repr__(self):
        return "M(%d)" % self.h


m = Mutable(1)
d = {Mutable(2): "two"}
print(d.get(m))
m.h = 2
d[m] = "replaced"
print(d)
m2 = Mutable(5)
t = ("t", m2)
d = {}
print(d.get(t), t in d)
d[Mutable(9)] = 0
print(d.get(t))
m2.h = 9
d[t] = "tuple"
print(len(d), d[("t", Mutable(9))])


# __eq__ that inserts into the dict while a lookup runs.
class Intruder:
    def __init__(self, target, h):
        self.target = target
        self.h = h
        self.done = False

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if not self.done:
            self.done = True
            for i in range(10):
                self.target["x%d" % i] = i
        return False


d = {}
intruder = Intruder(d, 12345)
d[intruder] = "first"
probe = Intruder(d, 12345)
probe.done = True
print(d.get(probe) is None or d.get(probe))
key = 12345
print(d.get(key))
d[key] = "int"
print(len(d), d[key], d[intruder])
d2 = {}
i2 = Intruder(d2, 777)
d2[i2] = "i2"
print(d2.get(777))  # i2.__eq__ grows d2 during this miss
d2[777] = "int"
print(len(d2), d2[777], d2[i2], list(d2)[-1])
d3 = {}
i3 = Intruder(d3, 778)
d3[i3] = "i3"
print(778 in d3)
d3[778] = "int"
print(len(d3), d3[778], list(d3)[-1])


# A non-str key whose hash equals a str's and which says it is equal.
class LikeStr:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s

    def __repr__(self):
        return "LikeStr(%r)" % self.s


d = {LikeStr("abc"): 1}
print(d.get("abc"), "abc" in d, d["abc"])
d["abc"] = 2
print(d)


# str subclass keys, equal hashes with different text, NaN keys.
class S(str):
    pass


d = {"word": 1}
print(d.get(S("word")), d.get("wor" + "d"))
d[S("word")] = 2
print(d, type(list(d)[0]).__name__)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, H) and other.v == self.v


d = {H(1): "one", H(2): "two"}
print(d.get(H(2)), d.get(H(3)))
d[H(3)] = "three"
print(sorted(v for v in d.values()))
nan = float("nan")
d = {nan: 1}
print(d.get(nan), d.get(float("nan")))
d[nan] = 2
d[float("nan")] = 3
print(len(d), d[nan])

# Unhashable items in tuple keys still raise.
d = {}
for bad in [(1, []), ("a", {}), ([],)]:
    try:
        d.get(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        print(bad in d)
    except TypeError as e:
        print("TypeError", e)
print(d)


# Dict subclasses take their own methods.
class Counting(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v + 100)

    def get(self, k, default=None):
        print("get", k)
        return dict.get(self, k, default)


c = Counting()
for w in ["a", "b", "a"]:
    c[w] = c.get(w, 0) + 1
print(c)
