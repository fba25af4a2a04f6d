# Comparing big ints with floats is exact.
n = 2 ** 53 + 1
print(n == float(n), n > float(n), float(n) < n)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(2 ** 1000 == 2.0 ** 1000)
print(float(2 ** 100), float(-(3 ** 50)))
print(2 ** 100 / 2 ** 99, 10 ** 30 / 10 ** 10)
