# Mixed int/float arithmetic and comparisons.
print(1 + 2.0, 3 * 1.5, 10 / 4, 10 // 4.0, 7 % 2.5)
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, 0 == -0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(max(1, 2.5), min(3, 2.0), max(2, 2.0), max(2.0, 2))
