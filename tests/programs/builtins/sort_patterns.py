"""Stability and order of list.sort across input shapes that exercise the
run detection, binary insertion, balanced merging and galloping of the sort:
random, few distinct values, ascending/descending runs, sawtooth, organ
pipe, nearly sorted, with sizes around the minimum run length. Each case
sorts (key, original index) records by key only and prints a digest of the
resulting index order, which is unique for a stable sort; the number of
key comparisons is not checked (it depends on the algorithm)."""
import functools


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        yield seed >> 33


def digest(order):
    h = 0
    for i in order:
        h = (h * 1000003 + i) % 2305843009213693951
    return h


def shapes(n, rnd):
    yield "random", [next(rnd) % 1000000 for _ in range(n)]
    yield "few", [next(rnd) % 4 for _ in range(n)]
    yield "asc", list(range(n))
    yield "desc", list(range(n, 0, -1))
    yield "desc-dups", [i // 7 for i in range(n, 0, -1)]
    yield "saw", [i % 37 for i in range(n)]
    yield "saw-desc", [-(i % 53) for i in range(n)]
    yield "pipe", [min(i, n - i) for i in range(n)]
    near = list(range(n))
    for _ in range(n // 50 + 1):
        if n > 1:
            a, b = next(rnd) % n, next(rnd) % n
            near[a], near[b] = near[b], near[a]
    yield "near", near
    yield "runs", [(i // 100) * 1000 + (next(rnd) % 10 if i % 100 == 0 else i % 100) for i in range(n)]
    yield "blocks", [(i // 64) % 5 for i in range(n)]


rnd = lcg(2024)
for n in [0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 257, 1000, 4099, 20000]:
    line = []
    for name, keys in shapes(n, rnd):
        recs = [(k, i) for i, k in enumerate(keys)]
        a = sorted(recs, key=lambda r: r[0])
        b = sorted(recs, key=lambda r: r[0], reverse=True)
        c = sorted(recs, key=lambda r: float(r[0]))
        d = sorted(recs, key=lambda r: "%07d" % (r[0] % 10000000) if r[0] >= 0 else "-")
        e = sorted(recs, key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0])))
        ok = [r[0] for r in a] == sorted(keys) and a == e
        line.append("%s:%d:%d:%d:%d:%s" % (name, digest(r[1] for r in a), digest(r[1] for r in b) % 1000,
                                           digest(r[1] for r in c) % 1000, digest(r[1] for r in d) % 1000, ok))
    print(n, " ".join(line))

# tuples whose first items tie a lot, then a str
rs = [(next(rnd) % 3, "k%d" % (next(rnd) % 50), i) for i in range(3000)]
print(digest(t[2] for t in sorted(rs, key=lambda t: (t[0], t[1]))))
print(digest(t[2] for t in sorted(rs, key=lambda t: (t[1], -t[0]), reverse=True)))
rs.sort()
print(digest(t[2] for t in rs), rs[0], rs[-1])
