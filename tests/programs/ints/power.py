# ** with small ints, negative exponents give floats, and 3-argument pow.
print(2 ** 10, 3 ** 4, (-2) ** 3, (-2) ** 4, 0 ** 0)
print(2 ** -1, 10 ** -2)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007))
print(-2 ** 2)
print(2 ** 3 ** 2)
