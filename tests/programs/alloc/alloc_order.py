# Objects from the allocator's refilled free lists (decision 0053: each
# refill is relinked in ascending address order) under collection pressure:
# strs whose sizes straddle the word-cleared sizes (up to 64 bytes) and the
# memset ones, float boxes (not cleared before their value is stored), big
# ints, tuples, lists and dicts, checked after many collections.


def make(i):
    s = "k" * (i % 41)
    return (s, float(i) / 7.0, 10 ** 20 + i, [i, s], {"i": i, "s": s})


def check(items, n):
    total = 0.0
    for i in range(n):
        s, f, big, lst, d = items[i]
        assert len(s) == i % 41 and s == "k" * (i % 41), i
        assert f == float(i) / 7.0, i
        assert big - 10 ** 20 == i, i
        assert lst[0] == i and lst[1] is s, i
        assert d["i"] == i and d["s"] == s and len(d) == 2, i
        total += f
    return total


keep = []
for round_ in range(6):
    garbage = [make(i) for i in range(20000)]  # dies: slots reused next round
    keep.append([make(i) for i in range(3000)])
    del garbage
for r in keep:
    print(round(check(r, 3000), 6))

# Strs of every size from 0 to 80 ASCII characters keep their text and
# hash when allocated between collections.
words = []
for n in range(81):
    for j in range(50):
        words.append(("abcdefghij" * 9)[j % 10:j % 10 + n])
junk = [str(i) * 3 for i in range(100000)]
del junk
seen = {}
for w in words:
    seen[w] = seen.get(w, 0) + 1
print(len(words), len(seen), sum(len(w) for w in words))
print(sorted(seen.items())[:3])
floats = [i * 0.5 for i in range(100000)]
print(sum(floats), floats[-1], min(floats))

# Objects allocated one after the other sit at rising addresses (CPython's
# pymalloc hands out a pool's blocks in address order; libgc's refills came
# linked from the highest address down).
junk2 = [(i, i) for i in range(50000)]
del junk2
for size in (3, 9, 30):
    objs = [(i,) * size for i in range(3000)]
    ids = [id(o) for o in objs]
    up = sum(1 for a, b in zip(ids, ids[1:]) if b > a)
    print(size, up > len(ids) * 0.8)
