# Tagged small ints that overflow into big ints, floats, and a loop.
def fact(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r


x = 4611686018427387903  # the largest small int
print(x + 1, -x - 2, x * x)
print(fact(25), fact(30) // fact(28))
print(-7 // 2, -7 % 2, 7 // -2)
f = 1.5
print(f * 2, f / 3, 10 / 4)
print(2**100 > 2**99, 3 < 2.5)
