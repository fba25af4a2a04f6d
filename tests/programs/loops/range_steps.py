# Range loops with a constant step other than 1 and -1 get only the index
# copy (decision 0068): bounds in [0, 2**28), else the original loop. The
# results must not depend on which runs, at the edges of the range too.


def up(a: int, b: int, k: int) -> int:
    t = 0
    for i in range(a, b, 3):
        t = t * 5 + i * k
    return t


def down(a: int, b: int) -> list:
    out = []
    for i in range(a, b, -4):
        out.append(i * i - a)
    return out


def evens(xs: list) -> int:
    s = 0
    for i in range(0, len(xs), 2):
        s += xs[i]
    return s


def last(a: int, b: int) -> int:
    i = -99
    for i in range(a, b, 7):
        pass
    return i


for a, b in [(0, 10), (1, 20), (5, 5), (9, 2), (-7, 8), (2**28 - 10, 2**28 + 10), (2**62 - 7, 2**62 + 7),
             (10**20, 10**20 + 9)]:
    print(a, b, up(a, b, 2), up(a, b, -(2**40)), last(a, b), last(b, a))
    print(down(b, a), down(a, b))
print(evens(list(range(17))), evens([]), evens([1.5, 2, 2.5]))
print(down(10, -1), down(10, -2), down(3, -100))
