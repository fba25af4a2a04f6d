# `x.append(v)` on a value known to be an exact list is list.append without
# the method lookup; subclasses, other types and annotated parameters that
# receive something else keep Python's behaviour.
from typing import List


class Logged(list):
    def append(self, v):
        print("Logged.append", v)
        super().append(v * 10)


class NotAList:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(("wrapped", v))


def fill(out: List[int], n: int) -> None:
    i = 0
    while i < n:
        out.append(i)
        i += 1


def grow_big() -> None:
    xs = []
    for i in range(20000):
        xs.append(i)
    print(len(xs), xs[0], xs[4096], xs[-1], sum(xs))
    flags = [True] * 20
    flags.append(False)
    flags.append(3)
    print(flags[-3:], len(flags))


def local_lists() -> None:
    pieces = []
    pieces.append("a")
    r = pieces.append("b")
    print(pieces, r)
    other = NotAList()
    other.append(1)
    print(other.items)
    # The name is rebound to a non-list: the generic call.
    pieces = NotAList()
    pieces.append(2)
    print(pieces.items)
    try:
        none = None
        none.append(1)
    except AttributeError as e:
        print("AttributeError", e)
    xs = []
    try:
        xs.append()
    except TypeError as e:
        print("TypeError", e)
    try:
        xs.append(1, 2)
    except TypeError as e:
        print("TypeError", e)


def main() -> None:
    a: List[int] = []
    fill(a, 5)
    print(a)
    b = Logged()
    fill(b, 3)
    print(b)
    c = NotAList()
    fill(c, 2)
    print(c.items)
    grow_big()
    local_lists()
    out = []
    out.append(out)
    print(out)
    bound = [].append
    bound(1)
    print(type(bound).__name__)


main()
