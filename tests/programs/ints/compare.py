# Comparison operators on ints, and bool results printed.
vals = [-3, 0, 2, 2, 5]
for i in range(len(vals) - 1):
    a = vals[i]
    b = vals[i + 1]
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1)
