# Dict creation, lookup, update and deletion.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" in d)
d["one"] = 100
del d["two"]
print(d)
print(d.get("three"), d.get("zzz"), d.get("zzz", -1))
print(list(d.keys()), list(d.values()), list(d.items()))
