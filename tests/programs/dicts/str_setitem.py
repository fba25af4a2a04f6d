# d[k] = v with exact-str keys goes through a str probe in the runtime:
# present keys by identity or by text, absent keys at the slot the probe
# found, deleted slots and keys of other types with the same hash fall back
# to the full lookup.


class S(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


def build(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


words = ["alpha", "beta", "gamma", "alpha", "delta", "beta", "alpha"]
d = build(words)
print(d)
# equal text, another object
key = "".join(["al", "pha"])
d[key] = 100
print(d["alpha"], len(d), list(d))
# deleted slots on the probe path
for w in ["beta", "gamma"]:
    del d[w]
d["beta"] = "back"
d["epsilon"] = 5
print(d, len(d))
# a str subclass key stored first, exact str with the same text later
e = {S("x"): 1}
e["x"] = 2
print(e, len(e), type(list(e)[0]).__name__)
f = {"y": 1}
f[S("y")] = 3
print(f, len(f), type(list(f)[0]).__name__)
# many keys: the table grows while str keys are added
g = {}
for i in range(2000):
    g["k" + str(i % 1500)] = i
print(len(g), g["k0"], g["k1499"], g["k1000"])
# non-ASCII and empty keys
h = {}
for k in ["", "é", "€", "😀", "", "é"]:
    h[k] = h.get(k, 0) + 1
print(h)
# 1.0 and 1 and True collide with each other, not with "1"
m = {1: "int"}
m["1"] = "str"
m[True] = "bool"
print(m)
