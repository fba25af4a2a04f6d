# Lists whose item arrays pass 1 MB (131,072 words) live in mapped memory
# outside the collector's heap (decision 0080): growth by appends, clear, sort
# with a key function that appends, `*=`, extend from a temporary, join and
# unpacking of a temporary, a subclass, slices and deletions, and items that
# must survive collections while only a big list holds them.
import gc

BIG = 200_000


def build(n):
    out = []
    for i in range(n):
        out.append(str(i))
    return out


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 31 + hash(x) % 1000003) % 1000000007 if isinstance(x, int) else (h * 31 + len(x)) % 1000000007
    return h


a = build(BIG)
gc.collect()
junk = [str(i) * 3 for i in range(50_000)]  # reuse the freed memory
del junk
gc.collect()
print(len(a), a[0], a[BIG // 2], a[-1], digest(a))

# join and unpacking of temporaries
s = "".join(build(BIG))
print(len(s), s[:10], s[-10:])
first, *middle, last = build(BIG)
print(first, len(middle), middle[12345], last)

# extend from a temporary big list, then grow more
b = ["x"]
b.extend(build(BIG))
b += build(1000)
for i in range(BIG):
    b.append(i)
gc.collect()
print(len(b), b[1], b[BIG], b[BIG + 1000], b[-1])

# clear, then grow again
b.clear()
print(len(b), b)
for i in range(BIG):
    b.append(-i)
print(len(b), b[-1])

# repeat in place
c = [None, "y"] * 70_000
c *= 2
gc.collect()
print(len(c), c[0], c[1], c[-1], c.count("y"))
c *= 0
print(c)

# slices, deletion, insertion, pop
d = build(BIG)
del d[1000:150_000]
print(len(d), d[999], d[1000])
d[10:20] = build(30)
d.insert(0, "front")
print(len(d), d[0], d[11], d.pop(), d.pop(0))
e = d[::2]
print(len(e), e[0], e[-1])

# sort with a key that appends to the list being sorted
f = build(BIG)
def key(x):
    if len(f) < 5:
        f.append(x)
    return -int(x)
try:
    f.sort(key=key)
except ValueError as exc:
    print("ValueError:", exc)
print(len(f), f[0], f[-1])
f.sort(key=int, reverse=True)
print(f[0], f[-1])

# a subclass keeps the collector's memory but behaves the same
class MyList(list):
    pass

m = MyList()
for i in range(BIG):
    m.append(i * 2)
gc.collect()
print(type(m).__name__, len(m), m[-1], sum(m))

# many big lists alive at once, each the only owner of its items
keep = []
for j in range(6):
    keep.append(build(150_000 + j))
    gc.collect()
print([len(k) for k in keep], [k[-1] for k in keep])
del keep
gc.collect()

# big lists that die and are replaced while collections run
total = 0
for round_ in range(5):
    t = build(BIG)
    total += len(t[-1])
    t = None
    gc.collect()
print(total)

# a float list and a bool list past the threshold stay compact and still work
g = [float(i) for i in range(BIG)]
g.append("s")
print(len(g), g[-2], g[-1])
h = [True] * BIG
h.append(None)
print(len(h), h[0], h[-1])
