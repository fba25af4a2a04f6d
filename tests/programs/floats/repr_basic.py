# Float repr is the shortest string that round-trips.
for x in [0.1, 0.2, 0.1 + 0.2, 1.0, 2.5, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 1.5e-5, 1e-5, 0.0001, 123456789.123]:
    print(repr(x), str(x))
print(1e22, 1e21, 1e300 * 10, 5e-324)
