# setdefault, pop, popitem, update, copy, fromkeys, clear.
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 2), d)
print(d.pop("a"), d.pop("zz", "default"), d)
d.update({"c": 3, "d": 4})
d.update(e=5)
print(d, d.popitem(), d)
c = d.copy()
c["new"] = 0
print(len(d), len(c))
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
c.clear()
print(c)
