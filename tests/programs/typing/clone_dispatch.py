import sys
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def half(x: float, k: int) -> float:
    return x / k

def bits(n: int) -> int:
    return (n & 0xff) ^ (n >> 3) | (n << 2)

def boom(n: int) -> int:
    if n == 0:
        return 10 // n
    return boom(n - 1)

print(fib(10), fib(True), fib(2**70 - 2**70 + 12))
print(fib(3.0))
print(half(3.0, 2), half(3, 2), half(True, 4))
print(bits(12345), bits(-77), bits(2**65 + 3), bits(True))
for a in [7, -7, 2**62, -2**62, 2**62 - 1, 0, 1, -1]:
    for b in [2, -2, 3, -3, 1, -1, 2**62, -2**62]:
        print(a // b, a % b, a & b, a | b, a ^ b, a >> 3, a >> 70, b >> 1, end=" ")
    print()
try:
    print(1 >> -1)
except ValueError as e:
    print(e)
try:
    print(half(1.0, 0))
except ZeroDivisionError as e:
    print(e)
print(boom(int(len(sys.argv)) + 2))
