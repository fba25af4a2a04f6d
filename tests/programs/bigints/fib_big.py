# Fibonacci numbers well past 64 bits.
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 1000000007)
