# Bitwise operators on non-negative and negative ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 3, a >> 2, -a >> 1, -1 >> 10)
print(-12 & 7, -12 | 7, -12 ^ 7)
print(1 << 40, (1 << 40) >> 39)
print(bin(a), hex(255), oct(8))
