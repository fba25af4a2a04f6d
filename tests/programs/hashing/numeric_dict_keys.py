# Numeric keys that compare equal share one dict entry.
d = {}
for k in [1, 1.0, True, 2, 2.0, 0, False, -0.0, 0.0, 10 ** 20, float(10 ** 20)]:
    d[k] = d.get(k, 0) + 1
print(d)
print(d[1], d[True], d[2.0], d[0])
