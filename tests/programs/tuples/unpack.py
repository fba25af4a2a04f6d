# Tuple unpacking, swaps and star targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
p, *mid, q = (1, 2)
print(p, mid, q)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
