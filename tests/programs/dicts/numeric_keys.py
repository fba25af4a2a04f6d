# 1, 1.0 and True are the same key; the first key object is kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
e = {True: "a", 1: "b", 1.0: "c", 0: "zero", False: "f", 0.0: "g"}
print(e, len(e))
print({2.0: "x"}[2], 1 in {1.0: 0}, hash(True) == hash(1) == hash(1.0))
f = {-0.0: "negzero"}
print(f[0], f)
