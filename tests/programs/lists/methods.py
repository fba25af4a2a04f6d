# reverse, clear, copy, index with bounds.
xs = [1, 2, 3, 2, 1]
xs.reverse()
print(xs)
ys = xs.copy()
xs.clear()
print(xs, ys)
print(ys.index(2), ys.index(2, 2))
try:
    ys.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
