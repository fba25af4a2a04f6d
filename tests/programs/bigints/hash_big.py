# hash() of big ints matches CPython's modular hash.
for n in [2 ** 61 - 1, 2 ** 61, 2 ** 64, 2 ** 100, -(2 ** 100), 10 ** 30, 123456789012345678901234567890]:
    print(hash(n))
print(hash(2 ** 100) == hash(float(2 ** 100)))
