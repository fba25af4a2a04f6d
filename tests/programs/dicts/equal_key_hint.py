# d[k] = d.get(k, 0) + 1 with a key equal to the stored one but a different
# object (a word made afresh, a bigram tuple built per lookup): the store
# replaces the value in place and keeps the stored key object, as CPython's
# does; anything that changed the dict in between, or keys whose equality
# user code decides, takes the full path.
from typing import Dict, List, Tuple


def fresh(s: str) -> str:
    return "".join(list(s))


words: Dict[str, int] = {}
first: Dict[str, str] = {}
for raw in "a bb a ccc bb a dd".split():
    w = fresh(raw)
    if w not in first:
        first[w] = w
    words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
print(all(k is first[k] for k in words))

pairs: Dict[Tuple[str, str], int] = {}
toks = "x y x y z x y".split()
for i in range(1, len(toks)):
    key = (fresh(toks[i - 1]), fresh(toks[i]))
    pairs[key] = pairs.get(key, 0) + 1
print(sorted(pairs.items()))
mixed: Dict[object, int] = {}
for i in range(6):
    k = (i % 2, fresh("k"), -(i % 3))
    mixed[k] = mixed.get(k, 0) + 10
print(sorted(mixed.items()))

# The hint of one dict's lookup, then a store into another dict that holds
# the same stored key object at the same index.
shared = fresh("shared")
d1 = {shared: 1}
d2 = {shared: 100}
probe = fresh("shared")
v = d1.get(probe, 0)
d2[probe] = v + 5
print(d1, d2, next(iter(d2)) is shared)

# Changes between the lookup and the store.
d = {fresh("p"): 1, fresh("q"): 2}
k = fresh("p")
v = d.get(k, 0)
del d["p"]
d[k] = v + 1
print(d, next(reversed(list(d))) is k)
d = {fresh("p"): 1}
v = d.get(k, 0)
d.clear()
d[k] = v + 1
print(d)
d = {fresh("p"): 1, fresh("r"): 3}
v = d.get(k, 0)
old = d.pop("p")
d["p" + ""] = 7
d[k] = v + old + 100
print(d)


class Loose(str):
    # Equal to any str of the same length: only its own __eq__ can tell.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and len(other) == len(self)

    def __hash__(self) -> int:
        return 1


loose: Dict[object, int] = {Loose("ab"): 1}
probe2 = Loose("zz")
loose[probe2] = loose.get(probe2, 0) + 1
print(len(loose), [type(k).__name__ for k in loose], list(loose.values()))

floats: Dict[object, int] = {(1, "a"): 1}
fk = (1.0, fresh("a"))
floats[fk] = floats.get(fk, 0) + 1
print(floats, type(next(iter(floats))[0]).__name__)

nested: Dict[object, int] = {((1, "a"), 2): 5}
nk = ((1, fresh("a")), 2)
nested[nk] = nested.get(nk, 0) + 1
print(nested)
