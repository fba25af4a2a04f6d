"""list.sort and sorted() with keys of every kind the sort specialises
(small ints, big ints mixed with small ones, floats with NaN and signed
zeros, str including non-ASCII, tuples with per-position kinds) and with
mixed keys that take the generic comparison; stability and reverse=True."""


class Rec:
    def __init__(self, ident, name, age, score):
        self.ident = ident
        self.name = name
        self.age = age
        self.score = score

    def rank(self):
        return self.age * 10 + len(self.name)

    def __repr__(self):
        return "Rec(%d)" % self.ident


def lcg(n, seed=12345):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed)
    return out


rs = lcg(300)
NAMES = ["ada", "Bob", "cé", "Zoë", "émile", "bob", "ßeta", "日本", "", "a"]
recs = [Rec(i, NAMES[r % len(NAMES)], 18 + (r >> 4) % 50, ((r >> 3) % 1000) / 10.0)
        for i, r in enumerate(rs)]


def ids(xs):
    return [x.ident for x in xs]


# small ints
print(sorted([5, -3, 0, 2, 2, -7, 9, 1]))
print(ids(sorted(recs, key=lambda r: r.age))[:40])
print(ids(sorted(recs, key=lambda r: r.age, reverse=True))[:40])
print(ids(sorted(recs, key=Rec.rank))[:40])
# big ints mixed with small ints (and negative big ints)
big = [10 ** 30, -5, 2 ** 62, 2 ** 62 - 1, -(2 ** 62), -(2 ** 62) - 1, 7, -(10 ** 25), 0, 2 ** 64]
print(sorted(big))
print(sorted(big, reverse=True))
print(sorted(range(20), key=lambda i: big[i % len(big)]))
# floats (a NaN among other floats gives an order that depends on the exact
# comparisons the algorithm makes, so NaN only appears alone or in tuples)
nan_one = float("nan")
fl = [3.5, -0.0, 0.0, -2.25, 1e300, -1e300, 2.0, 0.5, float("inf"), -float("inf")]
print(sorted(fl))
print(sorted(fl, reverse=True))
print(ids(sorted(recs, key=lambda r: -r.score))[:40])
print(sorted([float("nan")]), sorted([nan_one, nan_one]), sorted([-0.0, 0.0]), sorted([0.0, -0.0]))
print([str(x) for x in sorted([2.0, 1.0, 3.0], key=lambda x: x if x < 2.5 else x)])
# str keys (code point order, not locale)
words = ["pear", "Apple", "apple", "été", "Zebra", "zebra", "", "a", "ab", "aß", "a\u00e9", "日本語", "\U0001f600"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=lambda s: s[::-1]))
print(ids(sorted(recs, key=lambda r: r.name))[:40])
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
# tuples: uniform positions, mixed positions, different lengths
print(ids(sorted(recs, key=lambda r: (r.name, -r.age, r.ident)))[:40])
print(ids(sorted(recs, key=lambda r: (r.score, r.name)))[:40])
print(ids(sorted(recs, key=lambda r: (r.age // 10, r.name), reverse=True))[:40])
tups = [(1, "b"), (1, "a"), (1,), (), (0, "z", 3), (1, "a", 0), (2 ** 70, "x"), (-1, "q"), (1, "a")]
print(sorted(tups))
print(sorted(tups, reverse=True))
mixed_pos = [(1, "a"), (1.5, "b"), (True, "c"), (1, 2.5), (0, None)]
print(sorted(mixed_pos[:4], key=lambda t: t[0]))
print(sorted([(1, 2.0), (1, 1), (1, 1.5), (0, 10 ** 20)]))
nan = float("nan")
print(sorted([(nan, 1), (nan, 0)]))
print(sorted([(float("nan"), 1), (float("nan"), 0)]))
print(sorted([(1.0, "b"), (1.0, "a"), (0.5, "c")]))
long_tuples = [tuple((i * j) % 3 for j in range(12)) + (i,) for i in range(10)]
print(sorted(long_tuples, reverse=True)[:3])
# mixed numeric kinds: int, float, bool
print(sorted([3, 1.5, True, 0, -2.5, 2 ** 65, False, 2]))
print(sorted([1, 1.0, True], key=lambda x: x), [type(x).__name__ for x in sorted([1.0, True, 1])])
# generic keys: lists, user classes with __lt__
print(sorted([[2, 1], [1, 5], [1], [], [1, 5, 0]]))


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "V(%r)" % self.v


print(sorted([V(3), V(1), V(2), V(1)]))
print(sorted([(V(2), 1), (V(1), 2), (V(1), 1)]))
# stability across passes
data = [(r % 5, r % 3, i) for i, r in enumerate(lcg(40, 7))]
data.sort(key=lambda t: t[1])
data.sort(key=lambda t: t[0], reverse=True)
print(data)
# sort of already sorted and reverse-sorted input
asc = list(range(100))
asc.sort()
desc = list(range(100, 0, -1))
desc.sort()
print(asc[:5], desc[:5], desc[-1])
# str subclass keys keep the generic path
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([S("bbb"), S("a"), S("cc")]))
