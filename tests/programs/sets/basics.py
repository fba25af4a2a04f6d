# Set operations on int sets, printed in CPython's iteration order.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s), 1 in s, 2 in s)
