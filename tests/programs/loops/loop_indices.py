# List indexing by loop counters: counters that start at or above zero and
# count up need no wrap from the end; negative starts, downward counts and
# computed indices still wrap, and out-of-range indices still raise.
data = [10, 20, 30, 40, 50]
n = len(data)

total = 0
for i in range(n):
    for j in range(i + 1, n):
        total += data[i] * data[j]
print(total)

print([data[i] for i in range(-n, 0)])
print([data[i] for i in range(-1, -n - 1, -1)])

out = []
for i in range(-3, 3):
    out.append(data[i])
print(out)

k = -2
acc = []
while k < 3:
    acc.append(data[k])
    k += 1
print(acc)

m = 0
seen = []
while m < n:
    seen.append(data[m - 1])
    m += 1
print(seen)

bools = [True, False, True]
print([bools[i] for i in range(3)], [bools[i] for i in range(-3, 0)])

def walk(xs, start):
    r = []
    i = start
    while i < len(xs):
        r.append(xs[i])
        i += 2
    return r

print(walk(data, 0), walk(data, -4), walk(data, 1))

try:
    for i in range(0, 10):
        data[i] += 1
except IndexError as e:
    print("IndexError:", e, data)

for i in range(3):
    data[i] = -data[i]
print(data)
big = 2 ** 70
try:
    print(data[big])
except IndexError as e:
    print("IndexError:", e)


# Indices that are non-negative by their operation: products, floor quotients,
# shifts, % and & by a non-negative value (a negative divisor gives a
# negative index, which counts from the end).
def nonneg_ops(xs: list, n: int, k: int) -> int:
    t = 0
    for i in range(n):
        t += xs[(i * 7) % k] + xs[i // 2] + xs[i & 3] + xs[(i * 3) >> 1]
    return t

def neg_mod(xs: list, n: int, k: int) -> int:
    t = 0
    for i in range(n):
        t += xs[i % -k]
    return t

ys = list(range(50))
print(nonneg_ops(ys, 30, 11), neg_mod(ys, 30, 11), nonneg_ops(ys, 0, 1))
try:
    print(nonneg_ops(ys, 30, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(nonneg_ops(ys, 200, 11))
except IndexError as e:
    print("IndexError", e)
