# Accumulating floats in a loop: the exact rounding must match CPython.
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
print(sum([0.1] * 10))
acc = 1.0
for i in range(30):
    acc = acc * 1.1
print(acc)
