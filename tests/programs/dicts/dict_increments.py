# d[k] = d.get(k, dflt) + delta and d[k] += delta: the fused fast case
# (exact dict, plain keys, small ints) and everything that must take the
# operations as written.
from collections import defaultdict, Counter
from typing import Dict, List, Tuple


def count(words: List[str]) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def count_pairs(words: List[str]) -> Dict[Tuple[str, str], int]:
    pairs: Dict[Tuple[str, str], int] = {}
    prev = ""
    for w in words:
        if prev:
            key = (prev, w)
            pairs[key] = pairs.get(key, 0) + 1
        prev = w
    return pairs


def aug(words: List[str]) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for w in words:
        if w in d:
            d[w] += 1
        else:
            d[w] = 1
    return d


words = "the cat and the hat and the bat sat on the mat".split()
print(count(words))
print(count_pairs(words))
print(aug(words))

# Int keys, negative steps, other defaults.
d = {}
for i in [1, 2, 1, 3, 1, 2]:
    d[i] = d.get(i, 10) - 1 + 0
    d[i] = d.get(i, 100) + -2
print(d)

# Values that are not small ints: floats, bools, strs, big ints.
d = {"f": 1.5, "b": True, "s": "x", "big": 2 ** 62 - 1, "neg": -(2 ** 62)}
for k in ["f", "b", "big", "neg", "new"]:
    d[k] = d.get(k, 0) + 1
print(d)
d["s"] = d.get("s", 0) + "y" if False else d.get("s") + "y"
print(d)
try:
    d["s"] = d.get("s", 0) + 1
except TypeError as e:
    print("TypeError", e)
e = {"big": 4611686018427387903}
e["big"] += 1
e["big"] = e.get("big", 0) + 1
print(e, type(e["big"]))

# A default that is not an int, and a missing key with +=.
g = {}
try:
    g["x"] = g.get("x") + 1
except TypeError as ex:
    print("TypeError", ex)
try:
    g["y"] += 1
except KeyError as ex:
    print("KeyError", ex)
print(g)

# Subclasses and look-alikes keep their own methods.
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)

l = Logged()
for w in ["a", "b", "a"]:
    l[w] = l.get(w, 0) + 1
print(l)

dd = defaultdict(int)
for w in words:
    dd[w] += 1
    dd[w] = dd.get(w, 0) + 1
print(sorted(dd.items()))
c = Counter()
for w in words:
    c[w] += 1
print(c.most_common(3))

class Bag:
    def __init__(self):
        self.items = {}
    def get(self, k, d):
        return self.items.get(k, d) * 2
    def __setitem__(self, k, v):
        self.items[k] = v
b = Bag()
for w in ["p", "p"]:
    b[w] = b.get(w, 1) + 1
print(b.items)

# Keys with their own __hash__/__eq__ are hashed and compared as often as written.
class Key:
    calls = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        Key.calls += 1
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
k = {}
for n in [1, 2, 1]:
    kk = Key(n)
    k[kk] = k.get(kk, 0) + 1
print(sorted(v for v in k.values()), Key.calls)

# A str subclass key equal to a str key already present.
class S(str):
    pass
s = {"ab": 1}
s[S("ab")] = s.get(S("ab"), 0) + 1
print(s, [type(x).__name__ for x in s])

# Unhashable keys raise where they are first hashed.
u = {}
try:
    u[[1]] = u.get([1], 0) + 1
except TypeError as ex:
    print("TypeError", ex)

# Changing a dict while iterating it.
it = {"a": 1, "b": 2}
try:
    for key in it:
        it[key] = it.get(key, 0) + 1
        it[key + "!"] = it.get(key + "!", 0) + 1
except RuntimeError as ex:
    print("RuntimeError", ex)
print(it)

# The value of the run is not needed elsewhere; a reused get result is not fused.
m = {}
for w in ["q", "q", "r"]:
    v = m.get(w, 0) + 1
    m[w] = v
    print(w, v)
print(m)

# A step that is a variable: small ints, a big int, a float, a str.
def add_all(pairs: List[Tuple[str, object]]) -> Dict[str, object]:
    totals: Dict[str, object] = {}
    for name, amount in pairs:
        totals[name] = totals.get(name, 0) + amount
    return totals


print(add_all([("a", 2), ("b", 3), ("a", -5), ("c", 2 ** 70), ("c", 1), ("d", 0.5), ("a", 10)]))
try:
    add_all([("s", "text")])
except TypeError as ex:
    print("TypeError", ex)
steps = {}
for step in [1, 2, 3, 2 ** 62, 2 ** 62]:
    steps["n"] = steps.get("n", 0) + step
    steps["m"] = steps.get("m", 0) + (step * 2)
print(steps)


# In a generator and a coroutine body.
def snapshots(ws: List[str]):
    seen: Dict[str, int] = {}
    for w in ws:
        seen[w] = seen.get(w, 0) + 1
        yield dict(seen)


for snap in snapshots("a b a c a".split()):
    print(snap)


async def tally(text: str) -> Dict[str, int]:
    t: Dict[str, int] = {}
    for ch in text:
        t[ch] = t.get(ch, 0) + 1
    return t


coro = tally("xyx")
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
