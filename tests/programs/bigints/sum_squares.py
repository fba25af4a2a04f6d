# Accumulating into a big total in a loop.
total = 0
for i in range(1, 200001):
    total += i * i * i
print(total, total == (200000 * 200001 // 2) ** 2)
p = 1
for i in range(1, 60):
    p *= 2 * i + 1
print(p)
