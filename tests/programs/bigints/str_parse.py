# Big ints from and to strings.
s = "123456789012345678901234567890123456789"
n = int(s)
print(n + 1, str(n) == s, -n)
print(int("-" + s) + n)
print(hex(2 ** 70), bin(2 ** 66), oct(2 ** 65))
print(int("1" * 40, 2), int("f" * 20, 16))
print(f"{2 ** 70:,}", format(10 ** 20, "x"))
