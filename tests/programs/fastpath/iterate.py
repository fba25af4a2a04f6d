# The inline iterator steps on the dynamic path: list, tuple and range
# iterators (including ranges reaching past the small-int range, negative
# steps and lists that grow during the loop), next() on them, and iterators
# that must keep the out-of-line path (user __next__, str, dict, generators
# of other kinds).


def total(it):
    s = 0
    for x in it:
        s = s + x
    return s


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


print(total([1, 2, 3]), total((4, 5, 6)), total(range(10)), total(range(10, 0, -3)))
print(collect(range(2**62 - 3, 2**62 + 2)))
print(collect(range(-(2**62) + 1, -(2**62) - 3, -1)))
print(collect(range(0)), collect(()), collect([]))
print(collect(range(-5, 5, 4)))
grow = [1, 2, 3]
for x in grow:
    if x < 6:
        grow.append(x + 3)
print(grow)
shrink = [1, 2, 3, 4, 5]
seen = []
for x in shrink:
    seen.append(x)
    if x == 2:
        shrink.clear()
print(seen)

it = iter([7, 8])
print(next(it), next(it), next(it, "done"))
rit = iter(range(3))
print(next(rit), list(rit), next(rit, "done"))
tit = iter((1,))
print(next(tit), next(tit, "end"))


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(collect(Count(4)), collect("abc"), collect({"k": 1, "j": 2}), collect(reversed([1, 2, 3])))
print(collect(enumerate((5, 6))), collect(zip([1, 2], (3, 4))))
nested = 0
for a in range(3):
    for b in [10, 20]:
        for c in (100, 200):
            nested = nested + a + b + c
print(nested)
