# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** -1, -3 ** 2, (-3) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 7 // 2 * 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, not 1 == 2, -~5, ~-5)
print(3 < 4 == True, (3 < 4) == True, 1 + True * 2)
