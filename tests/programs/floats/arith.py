# Float arithmetic, including floor division and modulo with negatives.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(2.0 ** 10, 2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
