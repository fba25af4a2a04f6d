# Attributes read in loops (decision 0084): codegen keeps a peeked or read
# attribute across iterations only while nothing that may change it runs.
# Each loop below changes the attribute a different way between two reads,
# and each read must see the change: a method call, a store through another
# name for the same object, setattr(), a plain function, del (falling back
# to the class attribute), a change of __class__, a property on the class,
# and a change of the value's type (the kept type test must run again).
# Each scenario has attribute names of its own: the module-wide prediction
# of an attribute's type (decision 0056) must hold for the peeks to be made.
# Attributes without a prediction are read through the inline cache of their
# site (a parameter's attribute in a loop, tp_attr_peek_w), which is empty
# on a site's first run.
from typing import List


class Board:
    shared = "class-level"

    def __init__(self, n: int) -> None:
        self.n = n
        self.cols = [False] * n
        self.marks = [0] * n
        self.label = "start"
        self.scale = 1.5
        self.mixed = [False]

    def swap(self) -> None:
        self.cols = [True] * self.n

    def count_after_call(self) -> int:
        total = 0
        for c in range(self.n):
            if self.cols[c]:
                total += 10
            else:
                total += 1
            if c == 1:
                self.swap()
        return total

    def count_after_alias(self, other: "Board") -> int:
        total = 0
        for c in range(self.n):
            if self.cols[c]:
                total += 10
            else:
                total += 1
            if c == 2:
                other.cols = [True] * self.n
        return total

    def count_after_setattr(self) -> int:
        total = 0
        for c in range(self.n):
            total += self.marks[c]
            if c == 0:
                setattr(self, "marks", [5] * self.n)
        return total

    def labels(self) -> List[str]:
        seen = []
        for c in range(4):
            seen.append(self.label)
            if c == 1:
                relabel(self, "changed")
            if c == 2:
                del self.label
                self.label = "again"
        return seen

    def type_change(self) -> List[str]:
        out = []
        for c in range(4):
            if self.mixed[0]:
                out.append("true")
            else:
                out.append("false")
            if c == 1:
                self.mixed = "xyz"  # a str now: the list test must fail
            if c == 2:
                self.mixed = [True]
        return out

    def floats(self) -> float:
        acc = 0.0
        for c in range(4):
            acc += self.scale
            if c == 1:
                self.scale = 2.25
        return acc


def relabel(b: Board, text: str) -> None:
    b.label = text


class Shadow:
    kind = "class kind"

    def __init__(self) -> None:
        self.kind = "instance kind"

    def kinds(self) -> List[str]:
        out = []
        for i in range(3):
            out.append(self.kind)
            if i == 0:
                del self.kind
        return out


class Other:
    def __init__(self) -> None:
        self.values = [7, 8, 9]


class Holder:
    def __init__(self) -> None:
        self.values = [1, 2, 3]

    def walk(self) -> List[int]:
        out = []
        for i in range(3):
            out.append(self.values[i])
            if i == 0:
                self.__class__ = Switched
        return out


class Switched:
    @property
    def values(self) -> List[int]:
        return [40, 50, 60]


def reader(items: Other, n: int) -> int:
    # py.getattr on a parameter in a loop: kept while nothing writes.
    total = 0
    for i in range(n):
        total += items.values[i % 3]
        if i == 3:
            items.values = [100, 200, 300]
    return total


def missing(b: Board) -> None:
    for i in range(3):
        print("label", b.label)
        if i == 1:
            del b.label


def scan(xs: List[int], o: Other) -> int:
    # The attribute is read, then stored, on every iteration.
    hits = 0
    for x in xs:
        if x == o.values[0]:
            hits += 1
        o.values = [x]
    return hits


# Each case runs twice: the first run fills the attribute sites' inline
# caches, so that the second one reads every attribute through them.
for _ in range(2):
    b = Board(5)
    print(b.count_after_call())
    b = Board(5)
    print(b.count_after_alias(b))
    b = Board(5)
    print(b.count_after_setattr())
    print(Board(5).labels())
    print(Board(5).type_change())
    print(Board(5).floats())
    print(Shadow().kinds())
    print(Holder().walk())
    print(reader(Other(), 8))
    print(scan([1, 1, 2, 2, 2, 3], Other()))
    try:
        missing(Board(2))
    except AttributeError as e:
        print("AttributeError:", e)
