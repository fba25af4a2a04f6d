# Generators stay alive across garbage collections: many suspended frames holding
# containers while lists are allocated in between; deep yield from recursion.
def holder(tag):
    data = [tag] * 10
    text = "".join(str(i) for i in range(50))
    d = {"k": [tag, tag + 1]}
    for i in range(5):
        yield (tag, len(data), text[:5], d["k"][1] + i)


gens = [holder(t) for t in range(200)]
first = [next(g) for g in gens]
junk = []
for round_ in range(200):
    junk = [[i, str(i), [i] * 3] for i in range(2000)]
total = 0
for g in gens:
    for item in g:
        total += item[3]
print(first[:3], total, len(junk))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
vals = []
for v in f:
    if v > 10 ** 30:
        break
    vals.append(v)
print(len(vals), vals[-1])


def depth(n):
    if n == 0:
        yield "bottom"
        return
    yield from depth(n - 1)


print(list(depth(300)))
