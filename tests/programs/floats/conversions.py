# float() from strings and ints, int() from floats, is_integer.
print(float("3.14"), float("  -2.5 "), float("1e3"), float(7), float("-0"))
print(int(2.999), int(-2.999), float(2 ** 60))
print((3.0).is_integer(), (3.5).is_integer())
print(float(10 ** 20), float("1_000.5"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(round(0.5), round(1.5), round(7.0), type(round(7.1)).__name__)
