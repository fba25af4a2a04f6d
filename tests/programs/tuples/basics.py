# Tuples: packing, indexing, slicing, comparison.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], t[::-1])
print((1,), (), 1, (1))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99), (1, 2) < (1, 2, 0))
print(t + (4,), (0,) * 3, t.index(3.0), (1, 1, 2).count(1))
print(3.0 in t, "x" in t)
