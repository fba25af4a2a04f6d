# The iterator protocol wherever Python iterates: for, unpacking, in, builtins, comprehensions, str.join, dict().
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), tuple(c), set(c) == {1, 2, 3, 4}, sorted(c), sum(c), max(c), min(c), len(list(c)))
a, b, *rest = Countdown(5)
print(a, b, rest, 3 in Countdown(5), 9 in Countdown(5))
print([x * 2 for x in c], {x: x for x in c}, list(enumerate(c)), list(zip(c, "abcd")), list(map(str, c)))
print("-".join(map(str, c)), dict(zip(c, c)), list(reversed(list(c))), any(x > 3 for x in c), all(c))
print(list(filter(lambda v: v % 2, c)), sorted(c, key=lambda v: -v), *c)
it = iter(c)
print(next(it), next(it), list(it), next(it, "exhausted"))
class Pairs:
    def __iter__(self):
        yield ("a", 1)
        yield ("b", 2)
print(dict(Pairs()), list(Pairs()), [k for k, _ in Pairs()])
for i, (k, v) in enumerate(Pairs(), 1):
    print(i, k, v)
class NotIterator:
    def __iter__(self):
        return 5
try:
    iter(NotIterator())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
try:
    a, b = NotIterator()
except TypeError as e:
    print(e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "xyz"[i]
print(list(Seq()), list(reversed(Seq())), "y" in Seq(), "".join(Seq()))
def gen():
    yield from range(3)
g = gen()
print(iter(g) is g, list(g), list(g))
m = map(lambda x: x + 1, [1, 2])
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(iter(z) is z, list(z))
e = enumerate("ab")
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), type(r).__name__)
d = {"x": 1, "y": 2}
ki = iter(d)
print(next(ki), list(d.values()), list(d.items()))
try:
    for k in d:
        d["z"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
ri = iter(range(3))
print(type(ri).__name__, list(ri), type(iter("")).__name__, type(iter([])).__name__, type(iter({})).__name__)
