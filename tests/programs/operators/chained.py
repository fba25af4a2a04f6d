# Chained comparisons evaluate each operand once.
calls = []
def f(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 >= 2 > 1, 1 == 1 != 2)
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, "a" < "b" < "c", 1 < 2.5 < 3)
print(1 in [1] in [[1]], None is None is not False)
