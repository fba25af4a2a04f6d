# Nested loops with break affecting only the inner loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i * 10 + j, end=" ")
    print()
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                count += 1
                print((a, b, c))
print(count)
