# Containers that grow while the runtime walks them (an item's __eq__ or
# __repr__, a key function, a generator feeding extend or a slice
# assignment): each case must behave as in CPython, including list ==
# reading the sizes again after every item comparison. With decision 0047
# the replaced arrays are freed at once, so a stale array pointer in the
# runtime would show here. collect() makes garbage to provoke collections.
def collect():
    junk = [[i] * 8 for i in range(100000)]
    return len(junk)

class Grow:
    def __init__(self, target, n):
        self.target = target
        self.n = n
        self.done = False
    def __eq__(self, other):
        if not self.done:
            self.done = True
            t = self.target
            if isinstance(t, dict):
                base = len(t)
                for i in range(self.n):
                    t[("new", base + i)] = i
            else:
                t.extend(range(self.n))
            collect()
        return True
    __hash__ = object.__hash__

# dict == dict while a value's __eq__ grows the left dict
a = {i: i for i in range(5000)}
b = dict(a)
g = Grow(a, 20000)
a[-1] = g
b[-1] = 0
try:
    print(a == b)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(a))

# same, growing the right dict
a = {i: i for i in range(5000)}
b = dict(a)
g = Grow(b, 20000)
a[-1] = 0
b[-1] = g
try:
    print(a == b)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(b))

# list == list where an element's __eq__ extends the left list
x = list(range(20000))
y = list(range(20000))
x[100] = Grow(x, 50000)
y[100] = -5
print(x == y, len(x))

# list.extend with a generator that appends to the same list
z = list(range(20000))
def gen():
    for i in range(5):
        z.extend(range(30000))
        collect()
        yield i
z.extend(gen())
print(len(z), z[-1], sum(z) % 1000003)

# slice assignment from an iterator that grows the list
w = list(range(20000))
def gen2():
    for i in range(3):
        w.extend(range(40000))
        yield -i
w[5:10] = gen2()
print(len(w), w[5:9], sum(w) % 1000003)

# list in / remove with a growing __eq__
v = list(range(20000))
v.append(Grow(v, 60000))
print(-7 in v, len(v))
v2 = list(range(20000))
v2.insert(0, Grow(v2, 60000))
v2.remove(12345678)
print(len(v2))

# repr of a list whose element repr grows the list
class R:
    def __init__(self, t):
        self.t = t
    def __repr__(self):
        if len(self.t) < 100000:
            self.t.extend(range(60000))
            collect()
        return "R"
r = [0] * 20000
r.append(R(r))
s = repr(r)
print(len(s) > 0, len(r))

# dict repr with a growing value repr
class DR:
    def __init__(self, t):
        self.t = t
    def __repr__(self):
        if len(self.t) < 50000:
            for i in range(40000):
                self.t[("k", i)] = i
            collect()
        return "DR"
dd = {i: 0 for i in range(5000)}
dd[-1] = DR(dd)
try:
    s = repr(dd)
    print("repr ok", len(dd))
except RuntimeError as e:
    print("RuntimeError", e)

# sorted with a key that grows another big list, and the list itself
big = list(range(30000))
other = list(range(30000))
def key(i):
    if i % 5000 == 0:
        other.extend(range(50000))
        collect()
    return -i
print(sorted(big, key=key)[:3], len(other))
