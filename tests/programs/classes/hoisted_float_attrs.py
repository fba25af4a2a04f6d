# Float attributes read into locals before a loop (the hand-hoisting idiom),
# then used in the loop next to attribute reads and writes of other
# objects: the loop's fast region guards the hoisted values as floats. Each
# case also runs with values that fail the guard: ints (results stay ints
# where Python keeps them), big ints, bools, an object with arithmetic
# dunders, and a value that changes type in the middle of the loop.
from typing import List


class Body:
    def __init__(self, x: float, v: float, m: float) -> None:
        self.x = x
        self.v = v
        self.m = m


class Weird:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __sub__(self, other: object) -> "Weird":
        return Weird(self.tag + "-")

    def __rsub__(self, other: object) -> "Weird":
        return Weird("-" + self.tag)

    def __mul__(self, other: object) -> "Weird":
        return Weird(self.tag + "*")

    def __rmul__(self, other: object) -> "Weird":
        return Weird("*" + self.tag)

    def __add__(self, other: object) -> "Weird":
        return Weird(self.tag + "+")

    def __radd__(self, other: object) -> "Weird":
        return Weird("+" + self.tag)

    def __repr__(self) -> str:
        return "Weird(%s)" % self.tag


def pull(bodies: List[Body], k: int) -> None:
    b = bodies[k]
    bx = b.x
    bm = b.m
    acc = b.v
    for j in range(len(bodies)):
        if j == k:
            continue
        o = bodies[j]
        d = bx - o.x
        f = bm * o.m * d
        acc = acc - f
        o.v = o.v + f
    b.v = acc


def show(bodies: List[Body]) -> None:
    print([(type(b.x).__name__, b.x, b.v) for b in bodies])


bodies = [Body(1.0, 0.5, 2.0), Body(3.5, -1.0, 1.5), Body(-2.0, 0.0, 0.25)]
for k in range(3):
    pull(bodies, k)
show(bodies)

ints = [Body(1, 2, 3), Body(4, 5, 6), Body(7, 8, 9)]
for k in range(3):
    pull(ints, k)
show(ints)

mixed = [Body(1.0, 2, 3.0), Body(2**70, 0.5, 1), Body(True, False, 2.5)]
for k in range(3):
    pull(mixed, k)
show(mixed)

w = [Body(1.0, 0.0, 1.0), Body(2.0, 0.0, 1.0)]
w[0].x = Weird("a")
pull(w, 0)
print(w[0].v, w[1].v)
w2 = [Body(1.0, 0.0, 1.0), Body(2.0, 0.0, 1.0), Body(5.0, 1.0, 1.0)]
w2[2].m = Weird("m")
pull(w2, 0)
print(w2[0].v, w2[1].v, w2[2].v)


class Switch:
    def __init__(self) -> None:
        self.x = 0.0
        self.v = 0.0
        self.m = 1.0


def drift(items: List[Switch], rounds: int) -> float:
    total = 0.0
    first = items[0]
    step = first.m
    for r in range(rounds):
        for it in items:
            it.x = it.x + step * it.v
            total = total + it.x
        if r == 2:
            step = 2  # an int from here on: the guard fails, the slow path runs
        if r == 4:
            step = 0.5
    return total


s = [Switch(), Switch()]
s[0].v = 1.0
s[1].v = 0.25
print(drift(s, 7), [(it.x, type(it.x).__name__) for it in s])
try:
    bad = [Body(1.0, 0.0, 1.0), Body(2.0, 0.0, 1.0)]
    bad[1].x = "text"
    pull(bad, 0)
except TypeError as e:
    print("TypeError:", e)
