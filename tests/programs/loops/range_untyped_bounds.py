# `for x in range(...)` whose bounds are not known to be ints at compile time
# (parameters, attributes, __index__ objects, int subclasses, bools, big ints)
# runs as a counted loop; the items are always exact ints and the conversion
# errors are range()'s own.


class Idx:
    def __init__(self, v):
        self.v = v
        self.calls = 0

    def __index__(self):
        self.calls += 1
        print("index", self.v)
        return self.v


class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)


class Holder:
    def __init__(self, n):
        self.n = n

    def items(self):
        out = []
        for i in range(self.n):
            out.append(i)
        return out

    def pairs(self, lo):
        return [(i, type(i).__name__) for i in range(lo, self.n)]


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def down(a, b):
    seen = []
    for i in range(a, b, -2):
        seen.append(i)
    return seen


def loop_one(n):
    out = []
    for i in range(n):
        out.append((i, type(i).__name__))
    return out


def loop_two(a, b):
    out = []
    for i in range(a, b):
        out.append(repr(i))
    return out


print(count(10), count(0), count(-3), count(True), count(False))
print(down(10, 1), down(3, 3), down(Idx(7), 0))
print(Holder(4).items(), Holder(MyInt(3)).items(), Holder(2).pairs(-2))
print(loop_one(MyInt(3)), loop_one(True))
print(loop_two(MyInt(2), MyInt(5)), loop_two(False, 3))
big = 2 ** 64
print(loop_two(big, big + 3))
print(loop_two(-big - 2, -big))
print(count(2 ** 20))

# __index__ is called once per bound, start before stop, before the first item.
a, b = Idx(1), Idx(4)
print(loop_two(a, b), a.calls, b.calls)

# Bounds are evaluated once: rebinding n inside the loop does not change it.
def rebind(n):
    seen = []
    for i in range(n):
        n = 0
        seen.append(i)
    return seen, n


print(rebind(3))

# The loop variable after the loop, and an empty range leaves it unbound.
def after(n):
    for i in range(n):
        pass
    try:
        return i
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(after(5), after(0), after(Idx(2)))

# Errors: range()'s own messages, raised before any iteration.
for bad in (1.5, "3", None, [2]):
    try:
        loop_one(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    loop_two(0, 2.0)
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return "x"


try:
    loop_one(BadIndex())
except TypeError as e:
    print("TypeError:", e)

# The stop bound is converted after the start bound even if start fails.
class Loud:
    def __index__(self):
        print("stop converted")
        return 3


try:
    loop_two(1.0, Loud())
except TypeError as e:
    print("TypeError:", e)

# A float loop bound variable elsewhere keeps working.
def mixed(flag):
    n = 3 if flag else 2.5
    try:
        return [i for i in range(1)] + loop_one(n)
    except TypeError as e:
        return str(e)


print(mixed(True), mixed(False))

# else clause and break.
def find(n, target):
    for i in range(n):
        if i == target:
            print("found", i)
            break
    else:
        print("not found in", n)


find(Idx(5), 3)
find(4, 9)
