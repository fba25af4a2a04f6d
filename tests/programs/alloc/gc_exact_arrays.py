"""Raw arrays in exact slots and the 40-byte str header, under collection pressure.

Decision 0043: list items, dict and set tables take slots of exactly their
size (no extra byte), dict displays and growth follow CPython's sizing, a
non-ASCII str keeps its code-point index in a word after its text, and an
instance of a str subclass keeps its __dict__ in the word in front of it.
Each structure below holds the only reference to fresh objects in the last
word of its arrays while short-lived garbage forces collections.
"""
from typing import Dict, List, Set


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        t = [i, str(i), (i, i + 1.5)]
        total += len(t[1])
    return total


def lists() -> List[List[object]]:
    out: List[List[object]] = []
    for n in range(1, 60):
        by_append: List[object] = []
        for i in range(n):
            by_append.append([i, "item%d" % i])
        out.append(by_append)
    out.append([[1], [2], [3]])
    out.append([[1], [2], [3], [4]])
    out.append([[1], [2], [3], [4], [5]])
    return out


def check_lists(ls: List[List[object]]) -> int:
    total = 0
    for l in ls:
        for i, x in enumerate(l):
            assert isinstance(x, list)
            total += len(x) + i
    return total


def dicts() -> List[Dict[object, object]]:
    out: List[Dict[object, object]] = []
    for n in range(1, 45):
        d: Dict[object, object] = {}
        for i in range(n):
            d["k%d" % i] = ["v", i]
        for i in range(0, n, 3):
            del d["k%d" % i]
        for i in range(n, n + 4):
            d[(i, "t")] = {"inner": i}
        out.append(d)
    out.append({"a": [1], "b": [2], "c": [3], "d": [4], "e": [5], "f": [6]})
    out.append({"a": [1], "b": [2], "c": [3], "d": [4], "e": [5], "f": [6], "g": [7], "h": [8],
                "i": [9], "j": [10], "k": [11]})
    big = {i: [i] for i in range(3000)}
    out.append(big)
    return out


def check_dicts(ds: List[Dict[object, object]]) -> int:
    total = 0
    for d in ds:
        for k, v in d.items():
            total += len(str(k)) + len(str(v))
        total += len(d)
    return total


def sets() -> List[Set[object]]:
    out: List[Set[object]] = []
    for n in range(1, 40):
        s: Set[object] = set()
        for i in range(n):
            s.add(("s", i, str(i)))
        out.append(s)
    return out


class Tag(str):
    pass


class Label(Tag):
    def shout(self) -> str:
        return self.upper() + "!"


def strs() -> List[object]:
    out: List[object] = []
    for n in range(0, 200, 7):
        text = "".join(chr(0x3b1 + (i % 20)) if i % 3 else chr(97 + i % 26) for i in range(n))
        out.append(text)
        if n:
            # build the index, then keep using it after collections
            assert text[n - 1] == (chr(0x3b1 + ((n - 1) % 20)) if (n - 1) % 3 else chr(97 + (n - 1) % 26))
    for i in range(300):
        t = Tag("tag%d" % i) if i % 2 else Tag("t\u00e4g%d" % i)
        t.note = ["note", i]
        t.other = "x" * (i % 17)
        out.append(t)
        lab = Label("label%d" % i)
        lab.n = i
        out.append(lab)
    return out


def check_strs(xs: List[object]) -> int:
    total = 0
    for x in xs:
        if isinstance(x, Label):
            total += x.n + len(x.shout()) + len(vars(x))
        elif isinstance(x, Tag):
            total += x.note[1] + len(x.other) + len(x) + len(x.__dict__)
            total += ord(x[len(x) - 1]) + ord(x[1])
            total += len(str(x)) + (1 if type(x) is Tag else 0)
        else:
            assert isinstance(x, str)
            if x:
                total += ord(x[len(x) // 2]) + ord(x[-1]) + len(x[3:40:5])
    return total


class Grower:
    """__eq__ appends to the list being searched: the list's items move."""

    def __init__(self, target: List[object]) -> None:
        self.target = target
        self.calls = 0

    def __eq__(self, other: object) -> bool:
        self.calls += 1
        if self.calls <= 30:
            for i in range(40):
                self.target.append([i])
            churn(200)
        return False

    def __hash__(self) -> int:
        return 1


def main() -> None:
    ls = lists()
    ds = dicts()
    ss = sets()
    xs = strs()
    for round_ in range(3):
        churn(60000)
        print(round_, check_lists(ls), check_dicts(ds), sum(len(s) for s in ss), check_strs(xs))
    target: List[object] = [1, 2, 3]
    probe = Grower(target)
    print(probe in target, len(target), target.count(probe), len(target))
    print(target.index(3) if 3 in target else -1, len(target))
    d6 = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
    d6["g"] = 7
    del d6["a"]
    print(d6, list(d6), len(d6))
    print(Tag("abc") == "abc", hash(Tag("abc")) == hash("abc"), repr(Label("q\u00e9")), Label("hi").shout())


main()
