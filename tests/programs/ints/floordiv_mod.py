# // and % follow the sign of the divisor, as in Python (not C).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
