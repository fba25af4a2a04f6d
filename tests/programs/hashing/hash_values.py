# hash() values CPython computes for ints, floats and tuples.
for v in [0, 1, 2 ** 62, -(2 ** 62), 0.1, 2.5, -7.25, 1e300, (0,), (1, 2, 3), ((1, 2), 3)]:
    print(repr(v), hash(v))
