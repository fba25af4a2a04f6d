# The methods of list, tuple, dict and set, each with its edge cases.
l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
print(l, l.index(2), l.index(9, 2), l.count(1), l.pop(), l.pop(0), l)
l.remove(9); l.reverse(); print(l, l.copy() == l, l.copy() is l)
l.sort(); print(l); l.sort(key=lambda v: -v); print(l); l.clear(); print(l)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len, reverse=True); print(words)
print([1, 2] * 2, [[0]] * 2, [1, 2] + [3], [1, 2, 3][::-1], [1, 2, 3][-2:], [1, 2, 3][5:], list("abc")[1:2])
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], (1,) < (1, 0), hash(t) == hash((1, 2, 2, 3)), tuple([1]) == (1,))
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()))
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d, len(d), "x" in d, "q" not in d)
print(dict.fromkeys([1, 2]), dict.fromkeys("ab", []), d.copy(), {**d, "x": 0})
print(d | {"new": 1}, {"a": 1} == {"a": 1.0}, list(reversed(d)), sorted(d, reverse=True))
d2 = dict(d); d2 |= {"w": 0}; print(d2)
del d2["w"]; print(d2.keys() & {"x", "q"}, d2.keys() | {"q"} == {"a", "x", "y", "z", "q"}, d2.keys() - {"x"} == {"a", "y", "z"})
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__, ("x", 1) in d.items())
ks = d.keys(); d["late"] = 1; print(list(ks)[-1], len(ks))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(sorted(s), s.pop() in {2, 3, 4}, len(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a.union([9]), a.intersection(b, {3}), a.difference([1]), a.symmetric_difference(b))
print(a <= b, a < a | b, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), {1} == frozenset({1}))
c = set(a); c.update([7], (8,)); c.intersection_update(range(8)); c.difference_update({1}); c.symmetric_difference_update({2, 100})
print(sorted(c), c.copy() == c, set() == frozenset(), frozenset([1]) | {2}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
fs = frozenset([3, 4]); print(fs.union({5}), hash(fs) == hash(frozenset([4, 3])), {fs: 1}[frozenset({3, 4})])
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    [].index(1)
except ValueError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
nested = {"l": [1, {"deep": (2, 3)}], "s": "str"}
print(nested, repr(nested), str([None, True, 1.0, "q", b"b"]))
r = []; r.append(r); print(r)
dd = {}; dd["self"] = dd; print(dd)
print([0] * 3 == [0, 0, 0], [1, [2]] == [1, [2]], [1, 2] != [1, 2], {1: [2]} == {1: [2]}, (1, [2]) == (1, [2]))
