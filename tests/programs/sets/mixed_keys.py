# 1, 1.0 and True collapse to one element; floats and tuples hash like CPython.
print({1, 1.0, True}, {0, False, 0.0}, len({1, 1.0, True, 2}))
print({1.5, 2.5, 0.5}, {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
print({3.0, 1, 2.0})
