# A loop of integer updates: Collatz steps and a checksum.
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

total = 0
best = 0
best_n = 0
for i in range(1, 3000):
    s = collatz(i)
    total += s
    if s > best:
        best = s
        best_n = i
print(total, best, best_n)
