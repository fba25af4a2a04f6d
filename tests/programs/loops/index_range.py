# Counted loops whose bounds and outside ints lie in the index range
# [0, 2**28) run a copy where LLVM is told those ranges (decision 0068);
# values just outside it, negative, or big take the other copies. Every
# result must be the same either way, including overflow into big ints.


def tri(n: int, k: int) -> int:
    t = 0
    for i in range(n):
        t += (i + k) * (i + k + 1) // 2 + k
    return t


for k in [5, 2**28 - 1, 2**28, 2**40, 2**62 - 1, 2**62, -3, -(2**28), 10**30]:
    print(k, tri(10, k))
print(tri(0, 5), tri(-4, 5))


def down(n: int) -> int:
    t = 0
    for i in range(n - 1, -1, -1):
        t = t * 3 + i
    return t


print(down(10), down(0), down(1), down(60))


def down_to(n: int, stop: int) -> list:
    out = []
    for i in range(n, stop, -1):
        out.append(i * 7 - stop)
    return out


print(down_to(5, 0), down_to(5, -3), down_to(2**28 + 2, 2**28 - 2), down_to(3, 2**70))


def powers(a: int, b: int) -> list:
    out = []
    for i in range(a, b):
        out.append(i * i * i * i - i * i)
    return out


print(powers(2**27 - 2, 2**27 + 2))
print(powers(-3, 3))
print(powers(2**28 - 2, 2**28 + 2))
print(powers(10**20, 10**20 + 2))


def entry(i: int, j: int) -> float:
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def row(i: int, n: int) -> float:
    acc = 0.0
    for j in range(n):
        acc += entry(i, j)
    return acc


print(row(3, 100), row(2**27, 5), row(2**28 - 1, 4), row(2**40, 3), row(-50, 3))


def mixed(n: int, k: int, m: int) -> int:
    # floor division and modulo by outside values, subtraction going negative
    t = 0
    for i in range(n):
        t += (i - k) // m + (i - k) % m + (k - i) * m
    return t


print(mixed(20, 7, 3), mixed(20, 7, -3), mixed(20, 2**29, 5), mixed(20, 0, 2**28 - 1))


def triangle(n: int) -> int:
    t = 0
    for i in range(n):
        for j in range(i):
            t += i * j - (i ^ j)
    return t


print(triangle(30), triangle(1))


def find(xs: list, v: int) -> int:
    for i in range(len(xs)):
        if xs[i] == v:
            break
    else:
        i = -1
    return i


print(find([5, 6, 7], 7), find([5, 6, 7], 9), find([], 1))


def wide(n: int, k: int) -> int:
    # products that overflow 64 bits even though both factors are in range
    t = 0
    for i in range(n):
        x = (i + k) * (i + k) * (i + k)
        t += x * x
    return t


print(wide(4, 2**28 - 5), wide(4, 1000))
