# del on list items, slices and names.
xs = [0, 1, 2, 3, 4, 5]
del xs[-1]
del xs[::2]
print(xs)
y = 5
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
