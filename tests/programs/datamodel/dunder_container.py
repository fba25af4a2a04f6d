# Container protocol dunders: getitem with slices, setitem, delitem, contains, iter, reversed, len, missing.
class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return self.data[i]
    def __setitem__(self, i, v):
        print("set", i, v)
        self.data[i] = v
    def __delitem__(self, i):
        print("del", i)
        del self.data[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.data
    def __reversed__(self):
        return iter(["r1", "r2"])

s = Seq(5)
print(len(s), s[2], s[-1], s[1:3], s[::2], s[1:2, 3] if False else "skip")
s[0] = 99
del s[1]
print(s.data, 3 in s, 42 in s, 42 not in s)
print(list(reversed(s)))
print(list(s))  # old-style iteration through __getitem__ until IndexError
for x in s:
    print("it", x)
    break

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 5 in OnlyGetitem())
a, b, c = OnlyGetitem()
print(a, b, c)

class D(dict):
    def __missing__(self, k):
        return f"missing {k}"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), max(Counter()))
print(sorted(Counter(), reverse=True), tuple(Counter()), set(Counter()))

class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
try:
    NoLen()[0]
except TypeError as e:
    print(e)
try:
    iter(NoLen())
except TypeError as e:
    print(e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoLen()[0]
except TypeError as e:
    print(e)

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), not Truthy())
class B2:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B2()), len(B2()))
