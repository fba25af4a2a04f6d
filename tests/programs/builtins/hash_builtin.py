# hash() of ints, floats, bools, None-free tuples; equal numbers hash equal.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 1.0, 0.5, -0.5, 1e10, True, False, (1, 2), (), ("a",) == ("a",)]:
    print(repr(v), hash(v))
print(hash(3) == hash(3.0) == hash(True + 2))
