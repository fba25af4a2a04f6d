# Equal strings are equal dict keys regardless of how they were built.
a = "ab" + "cd"
b = "".join(["a", "b", "c", "d"])
d = {a: 1}
d[b] += 1
print(d, a == b, hash(a) == hash(b))
print("é" == "\u00e9", len({"x", "x", "y"}))
