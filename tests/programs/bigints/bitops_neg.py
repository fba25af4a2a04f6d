# Bitwise operations on negative big ints use infinite two's complement.
a = -(2 ** 100)
print(a & 0xFF, a | 0xFF, a ^ 1, ~a, a >> 3, a << 3)
print((-(2 ** 70) - 1) & (2 ** 72 - 1))
print(-1 & (2 ** 65), -(2 ** 65) >> 64)
