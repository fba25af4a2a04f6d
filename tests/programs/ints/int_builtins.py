# int(), abs(), divmod(), round() on ints.
print(int("42"), int("-17"), int("  8  "), int("0"))
print(int("ff", 16), int("101", 2), int("z", 36), int("0x1f", 16), int("0o17", 0))
print(int(3.9), int(-3.9), int(True), int(1e10))
print(abs(-5), abs(5), abs(0))
print(round(12345, -2), round(15, -1), round(25, -1))
print(int("1_000_000"))
