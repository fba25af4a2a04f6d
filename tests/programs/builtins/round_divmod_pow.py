# round with ndigits, divmod and pow variants.
print(round(3.14159, 2), round(2.5), round(-0.5), round(1234.5678, -2), round(7))
print(round(0.125, 2), round(0.375, 2), round(1e20), round(-7.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2.0, -2), pow(2, -2), pow(5, 3, 7), pow(-5, 3, 7))
