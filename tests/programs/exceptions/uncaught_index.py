# Uncaught IndexError raised from a nested call.
def get(xs, i):
    return xs[i]
print(get([1, 2, 3], 1))
get([1, 2, 3], 7)
