# Very large and very small magnitudes print in exponent form.
for e in range(-8, 24, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
print(1.7976931348623157e308, 2.2250738585072014e-308)
print(123e-20, 0.000123, 1234567890123456789.0)
