# Slice reading, slice assignment and deletion.
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-3:], xs[5:2])
xs[2:5] = ["a", "b"]
print(xs)
xs[::2] = [0, 0, 0, 0, 0]
print(xs)
del xs[1:3]
print(xs)
del xs[0]
print(xs)
ys = xs[:]
ys.append("new")
print(len(xs), len(ys))
