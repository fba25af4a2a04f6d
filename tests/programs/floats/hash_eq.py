# Floats equal to ints hash the same.
print(hash(1.0) == hash(1), hash(0.0), hash(-0.0), hash(2.0))
print(hash(1.5), hash(-1.5), hash(0.1))
print(hash(float("inf")), hash(float("-inf")))
print(hash(1e100) == hash(10 ** 100), 1e100 == 10 ** 100)
print(hash(-1), hash(-2), hash(-1.0))
