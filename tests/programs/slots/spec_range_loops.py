# Speculated attribute loads inside `for i in range(...)` loops (decision
# 0072): a unit in the loop body that reads a predicted attribute checks it,
# and when the check fails the generic copy of the method takes over in the
# middle of the loop with the counter, the bound and every variable as they
# were. The attributes here change type while a loop runs (list -> tuple,
# int -> float, str -> list), so each loop lands in its generic copy at some
# iteration; the output must be CPython's. The stores of other types go
# through setattr(), which the prediction from the file's stores does not
# see.


class Marks(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2


class Board:
    def __init__(self, n: int) -> None:
        self.n = n
        self.cols = [False] * n
        self.marks = [0] * (2 * n)
        self.name = "board"
        self.seen = 0

    def scan(self, flip_at: int) -> int:
        total = 0
        for c in range(self.n):
            if self.cols[c]:
                total += 100
            self.cols[c] = c % 2 == 0
            total += c * self.seen
            if c == flip_at:
                setattr(self, "cols", Marks(self.cols))  # not an exact list: the check fails
                setattr(self, "seen", 2.5)
            if flip_at == 2 and c == 4:
                setattr(self, "cols", tuple(self.cols))  # a store to it now raises
        return total

    def fill(self, start: int, stop: int, step_change: int) -> list:
        out = []
        for i in range(start, stop):
            self.marks[i] = i * self.n
            out.append(self.marks[i] + len(self.name))
            if i == step_change:
                setattr(self, "name", ["a", "b"])
        else:
            out.append("done")
        return out

    def countdown(self, k: int) -> list:
        out = []
        for i in range(k, -1, -1):
            out.append(self.n - i)
            if i == 2:
                setattr(self, "n", 10**20)
            if self.n > 10**19 and i == 0:
                break
        else:
            out.append("no break")
        return out

    def nested(self) -> int:
        acc = 0
        for i in range(3):
            for j in range(self.n):
                acc += self.marks[j] + i
                if i == 1 and j == 2:
                    setattr(self, "marks", self.marks + [7])
                    setattr(self, "n", self.n + 1)
        return acc


b = Board(6)
print(b.scan(1))
try:
    b.scan(2)
except TypeError as e:
    print("TypeError:", e)
print(b.cols, b.seen)

b = Board(5)
print(b.fill(0, 10, 4))
print(b.fill(2, 4, 99))
print(Board(4).countdown(5))
b = Board(4)
print(b.countdown(3))
b = Board(4)
print(b.nested(), b.n, b.marks)


class Grid:
    def __init__(self, w: int) -> None:
        self.w = w
        self.cells = [0] * w

    def bump(self) -> int:
        s = 0
        for x in range(self.w):
            self.cells[x] += x
            s += self.cells[x]
        return s


g = Grid(5)
print(g.bump(), g.bump())
setattr(g, "cells", [1.5] * 5)
print(g.bump())
setattr(g, "cells", {i: i for i in range(5)})
print(g.bump(), g.cells)
setattr(g, "w", 3)
setattr(g, "cells", "abc")
try:
    g.bump()
except TypeError as e:
    print("TypeError:", e)
