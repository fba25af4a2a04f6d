# Lists whose type is known (displays, [x] * n, list(), sorted(), parameters
# annotated list[...]) use item access without a type test; every other case
# must behave exactly the same.
from typing import List


class MyList(list):
    def __getitem__(self, i):
        return "sub" + str(i)


def first_last(xs: List[int]) -> int:
    return xs[0] * 100 + xs[-1]


def swap(xs: list[int], i: int, j: int) -> None:
    xs[i], xs[j] = xs[j], xs[i]
    t = xs[i]
    xs[i] = xs[j]
    xs[j] = t
    xs[i], xs[j] = xs[j], xs[i]


def probe(xs: list, k):
    try:
        return xs[k]
    except (IndexError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


def store(xs: list, k, v):
    try:
        xs[k] = v
        return xs
    except (IndexError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


print(first_last([3, 4, 5]), first_last((7, 8)), first_last("ab" * 1 if False else [1]))
print(first_last(MyList([1, 2])) if False else probe(MyList([1, 2]), 0))
a = [0] * 5
swap(a, 1, 3)
a[1] = 9
a[-1] = 4
print(a)
b = list(range(6))
b[2] = b[-2]
print(b, sorted(b)[0], [x * 2 for x in b][5])
for k in [0, -1, 5, -6, 2**70, True, 1.0, "x", slice(1, 3), None]:
    print(repr(k), probe([10, 20, 30, 40, 50], k))
for k in [0, -5, 5, -6, True, 2**64, "k"]:
    print(repr(k), store([1, 2, 3, 4, 5], k, "v"))
c = [1.5] * 3
c = "not a list"
print(c[1])
d = [[0] * 2 for _ in range(2)]
d[1][0] = 7
print(d)
e = [1, 2] + [3]
e[0] = e[-1] + e[1]
print(e)
