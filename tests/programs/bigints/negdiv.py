# // and % with big and negative operands follow floor semantics.
big = 10 ** 30 + 7
for a in [big, -big]:
    for b in [3, -3, 10 ** 20, -(10 ** 20)]:
        print(a // b, a % b)
print(divmod(-(2 ** 100), 7), divmod(2 ** 100, -7))
print(-(10 ** 25) // 10 ** 25, (10 ** 25 + 1) % -(10 ** 25))
