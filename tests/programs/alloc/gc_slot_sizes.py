"""Objects that fill their allocation slot exactly, under collection pressure.

The runtime allocates headered objects without the collector's extra byte
(decision 0035), so a 2-tuple, a list header or an instance with two slots
fills its 16-byte-granule slot to the last word, and the collector must still
see a pointer stored in that last word. Each structure below keeps its only
reference to live data in the last word of such objects while millions of
short-lived objects force collections, then checks that everything is intact.
"""
from typing import List, Optional, Tuple


class Pair:
    def __init__(self, left: Optional["Pair"], right: Optional["Pair"]) -> None:
        self.left = left
        self.right = right


class Three:
    def __init__(self, a: object, b: object, c: object) -> None:
        self.a = a
        self.b = b
        self.c = c


def build(depth: int) -> Pair:
    if depth == 0:
        return Pair(None, None)
    return Pair(build(depth - 1), build(depth - 1))


def count(p: Pair) -> int:
    left = p.left
    right = p.right
    if left is None or right is None:
        return 1
    return 1 + count(left) + count(right)


def tuple_chain(n: int) -> Tuple[object, object]:
    # Each 2-tuple holds its successor in its last word.
    t: Tuple[object, object] = (0, None)
    for i in range(1, n):
        t = (i, t)
    return t


def walk_chain(t: Tuple[object, object]) -> int:
    total = 0
    cur: object = t
    while cur is not None:
        assert isinstance(cur, tuple)
        total += cur[0]
        cur = cur[1]
    return total


def churn(rounds: int) -> float:
    # Short-lived floats, tuples, small lists and dicts of every small size.
    acc = 0.0
    for i in range(rounds):
        f = i * 0.5
        pair = (f, i)
        small = [i, f, pair]
        d = {"k": small, "i": i}
        acc += pair[0] + len(small) + len(d)
        if i % 7 == 0:
            acc += len(str(i) + "x" * (i % 40))
    return acc


def main() -> None:
    keep = build(12)
    chain = tuple_chain(20000)
    triples: List[Three] = [Three(i, str(i), (i, i + 1)) for i in range(5000)]
    lists = [[j for j in range(k % 9)] for k in range(5000)]
    floats = [k / 3.0 for k in range(5000)]
    for r in range(6):
        print("round", r, churn(60000), count(build(10)))
    print("tree", count(keep))
    print("chain", walk_chain(chain))
    print("triples", sum(t.a for t in triples), sum(len(t.b) for t in triples), sum(t.c[1] for t in triples))
    print("lists", sum(len(x) for x in lists), sum(sum(x) for x in lists))
    print("floats", sum(floats))


main()
