# Ints in boolean contexts.
for v in [0, 1, -1, 100]:
    if v:
        print(v, "is true")
    else:
        print(v, "is false")
print(bool(0), bool(7), not 0, not 3)
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
