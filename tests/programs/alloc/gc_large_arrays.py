"""Large list and dict arrays: replaced arrays freed at once, item arrays
allocated "ignore off page" (decision 0047).

A list that grows past 8192 items frees its old item array as soon as the
items are copied, and a dict whose tables grow past 64 KB frees the old ones;
item arrays of 1 MB and more are kept alive by the collector only through a
pointer into their first page. Each case below grows a list or dict through
those sizes while runtime code is in the middle of using it (iteration, a
search with a user __eq__, sort with a key function, a dict probe whose
__eq__ inserts), or keeps a large list reachable only through an iterator or
a call's arguments while garbage forces collections, and checks the results.
"""
from typing import Dict, List


def churn(n: int) -> int:
    # Short-lived strings and tuples: enough allocation to force collections.
    total = 0
    for i in range(n):
        s = "x" + str(i)
        t = (s, i)
        total += len(t[0])
    return total


# 1. Appending while a for loop walks the list: the loop sees the new items.
grow = [0, 1, 2]
seen = 0
for v in grow:
    seen += 1
    if len(grow) < 300000:
        grow.append(v + 3)
        grow.append(v + 4)
print("append during for:", seen, len(grow), sum(grow) % 1000003)

# 2. list.index / count / `in` with a user __eq__ that grows the list.


class Grower:
    def __init__(self, target: List[object], n: int) -> None:
        self.target = target
        self.n = n
        self.calls = 0

    def __eq__(self, other: object) -> bool:
        self.calls += 1
        if self.calls == 3:
            # Grow the list (its old 20 000-item array is freed), then
            # allocate arrays of the same size so the freed block is reused.
            self.target.extend(range(self.n))
            junk = [[None] * 20008 for _ in range(8)]
            self.calls += len(junk) - 8
        return other == -1


items: List[object] = list(range(20000)) + [-1, 7]
g = Grower(items, 200000)
print("index with growing __eq__:", items.index(g), len(items), g.calls)
items2: List[object] = list(range(20000))
g2 = Grower(items2, 50000)
print("count with growing __eq__:", items2.count(g2), len(items2))
items3: List[object] = list(range(20000))
g3 = Grower(items3, 50000)
print("in with growing __eq__:", g3 in items3, len(items3))

# 3. sort with a key function that appends to the list being sorted.
victim = [5, 3, 9, 1]


def bad_key(x: int) -> int:
    victim.extend(range(100000))
    return -x


try:
    victim.sort(key=bad_key)
except ValueError as e:
    print("sort:", e)
print("after sort:", victim[:4], len(victim) > 4)

# 4. A dict whose key __eq__ inserts enough keys to grow the tables while the
# probe that called it is still running.


class Key:
    def __init__(self, h: int, tag: str, target: Dict[object, int]) -> None:
        self.h = h
        self.tag = tag
        self.target = target

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Key) and len(self.target) < 20000:
            for i in range(5000, 25000):
                self.target[i] = i * 2
            junk = [{j: j for j in range(5000)} for _ in range(4)]
            self.h += len(junk) - 4
        return isinstance(other, Key) and other.tag == self.tag


d: Dict[object, int] = {i: i * 2 for i in range(5000)}
d[Key(7, "a", d)] = 1
d[Key(7, "b", d)] = 2
print("dict after mutating __eq__:", len(d), d[Key(7, "a", d)], d[Key(7, "b", d)], d[19999], d[24999])

# 5. Big lists and dicts built by appends and inserts under collection
# pressure, checked item by item.
big: List[str] = []
for i in range(400000):
    big.append("p" + str(i))
    if i % 100000 == 0:
        churn(20000)
ok = all(big[i] == "p" + str(i) for i in range(0, 400000, 997))
print("big list:", len(big), ok, big[-1])
table: Dict[str, int] = {}
for i in range(150000):
    table["k" + str(i)] = i
print("big dict:", len(table), table["k0"], table["k149999"], sum(table.values()) % 1000003)

# 6. A large temporary list reachable only through an iterator, a join's
# argument, unpacking and sorted(), while the loop body allocates.
acc = 0
for s in ["w" + str(i) for i in range(250000)]:
    acc += len(s)
    if len(s) == 6 and s.endswith("0000"):
        churn(5000)
print("iterate temp:", acc)
joined = "-".join(["j" + str(i) for i in range(200000)])
print("join temp:", len(joined), joined[:20], joined[-12:])
first, *rest = [i * 3 for i in range(200000)]
print("unpack temp:", first, len(rest), rest[-1])
print("sorted temp:", sorted([(i * 7919) % 200003 for i in range(200000)])[-3:])
copy = list(big)
copy += copy
print("self extend:", len(copy), copy[400000], copy[-1])
