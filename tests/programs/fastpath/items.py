# The inline item access paths: exact lists and tuples indexed by small ints
# (negative indices counted from the end), and every case that must take the
# slow path: out-of-range indices with CPython's messages, slices, big-int
# and bool indices, subclasses overriding __getitem__/__setitem__, dicts and
# strs.


def get(c, i):
    return c[i]


def put(c, i, v):
    c[i] = v


def show_get(c, i):
    try:
        print("get", repr(i), "->", repr(get(c, i)))
    except Exception as e:
        print("get", repr(i), "raises", type(e).__name__, e)


def show_put(c, i, v):
    try:
        put(c, i, v)
        print("put", repr(i), "->", c)
    except Exception as e:
        print("put", repr(i), "raises", type(e).__name__, e)


lst = [10, 20, 30, 40]
tup = (1, "two", 3.0)
for i in [0, 3, -1, -4, 4, -5, 2**62 - 1, -(2**62), 2**62, -(2**70), True, False, slice(1, 3), slice(None, None, -1)]:
    show_get(lst, i)
    show_get(tup, i)
for i in ["a", 1.0, None]:
    show_get(lst, i)
    show_get(tup, i)
print(get(lst, len(lst) - 1), get(lst, -len(lst)))
try:
    get(lst, len(lst))
except IndexError as e:
    print("IndexError:", e)
try:
    get(tup, -4)
except IndexError as e:
    print("IndexError:", e)

for i, v in [(0, "a"), (-1, "z"), (-4, "first"), (4, "x"), (-5, "y"), (True, "t"), (2**70, "big"),
             (slice(1, 2), ["s1", "s2"])]:
    show_put(lst, i, v)
show_put(tup, 0, 5)
show_put("abc", 0, "x")

d = {0: "zero", 1: "one", -1: "minus one"}
show_get(d, 0)
show_get(d, -1)
show_get(d, 5)
show_get("héllo", 1)
show_get("héllo", -1)
show_get("héllo", 9)
show_get(range(5), -1)
show_get(b"abc", 1)


class MyList(list):
    def __getitem__(self, i):
        return ("MyList", i)

    def __setitem__(self, i, v):
        print("MyList set", i, v)


class PlainSub(list):
    pass


class MyTuple(tuple):
    def __getitem__(self, i):
        return ("MyTuple", i)


m = MyList([1, 2, 3])
show_get(m, 0)
show_get(m, -1)
show_get(m, 10)
put(m, 0, "v")
print(list(m))
p = PlainSub([5, 6, 7])
show_get(p, -1)
show_get(p, 3)
show_put(p, -1, 70)
show_get(MyTuple((1, 2)), 0)


class Idx:
    def __index__(self):
        return 1

    def __repr__(self):
        return "Idx()"


show_get(lst, Idx())
show_put(lst, Idx(), "idx")

# Swaps and in-place updates through negative indices.
a = [1, 2, 3, 4, 5]
i = 0
j = -1
while i < 2:
    a[i], a[j] = a[j], a[i]
    i += 1
    j -= 1
print(a)
a[-1] += 100
a[0] -= 1
print(a)
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
        grid[-1 - r][-1 - c] += 1
print(grid)
