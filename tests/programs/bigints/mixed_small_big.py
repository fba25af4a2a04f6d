# Mixed small/big arithmetic, and results shrinking back to small ints.
big = 2 ** 100
print(big + 1, big - 1, 1 - big, big * -3)
small = big - (big - 5)
print(small, small + 1, type(small).__name__)
print(big // big, big % 7, 7 % big, 7 // big)
print((big * big) // big == big)
print(-big, abs(-big), big > 5, 5 < big, -big < -5)
print(big & 0xFFFF, big | 1, big ^ big, big >> 90, 1 << 100 == big)
