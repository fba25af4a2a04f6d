# Out-of-range indexes raise IndexError with CPython's messages.
xs = [1, 2, 3]
for i in [2, 3, -3, -4]:
    try:
        print(xs[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    xs[10] = 1
except IndexError as e:
    print("IndexError:", e)
