# Small-int arithmetic: the five operators and unary minus/plus.
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(-a, +a, -(-a))
print(a * 0, 0 - a, a - a)
x = 1000000
print(x * x)
