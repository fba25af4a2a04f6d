# Reads of an exact list with an int key in typed code: in range (both
# signs), out of range, a key too big for an index, a bool key and an
# object with __index__, each inside loops that go on using the list, and
# a BOOL-storage list read at every index.


def total(xs: list, n: int) -> int:
    s = 0
    for i in range(-n, n):
        try:
            s += xs[i] * (i + 1)
        except IndexError as e:
            s -= 1000
            print("IndexError at", i, e)
    return s


def big_key(xs: list, k: int) -> object:
    try:
        return xs[k]
    except IndexError as e:
        return "IndexError: " + str(e)


class Idx:
    def __init__(self, v: int) -> None:
        self.v = v

    def __index__(self) -> int:
        return self.v


def swaps(xs: list) -> list:
    lo = 0
    hi = len(xs) - 1
    while lo < hi:
        t = xs[lo]
        xs[lo] = xs[hi]
        xs[hi] = t
        lo += 1
        hi -= 1
    return xs


xs = [3, 1, 4, 1, 5]
print(total(xs, 6))
print(big_key(xs, 2**70), big_key(xs, -(2**64)), big_key(xs, 4), big_key(xs, -5), big_key(xs, 5))
print(xs[True], xs[False], xs[Idx(3)], xs[Idx(-1)])
print(swaps(list(range(9))), swaps([]), swaps(["a"]))
flags = [True, False] * 12
print(sum(1 for i in range(len(flags)) if flags[i]), flags[-1], flags[23], big_key(flags, 24))
grow = []
for i in range(5):
    grow.append(i * i)
    print(grow[i], grow[-1], len(grow))
