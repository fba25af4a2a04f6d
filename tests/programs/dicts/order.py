# Dicts keep insertion order; reassigning a key keeps its position.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["z"] = 99
print(d)
del d["a"]
d["a"] = 5
print(d, list(d))
