# Big exponentiation and modular exponentiation.
print(3 ** 100)
print(7 ** 77 % 1000000007, pow(7, 77, 1000000007))
print(pow(2, 1000, 10 ** 9 + 9))
print((-3) ** 41)
print(pow(12345678901234567890, 3))
