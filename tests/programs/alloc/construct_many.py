# Object construction on the allocation path (decision 0019): classes with
# __init__ and __new__ called with few and with many positional and keyword
# arguments (the prepended-self argument vector moves from the C stack to
# the GC heap past 16 values), and enough garbage for many collections while
# a long-lived structure must survive them intact.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(d):
    if d == 0:
        return Node(None, None)
    return Node(build(d - 1), build(d - 1))


def count(n):
    if n.left is None:
        return 1
    return 1 + count(n.left) + count(n.right)


keep = build(12)
total = 0
for i in range(200):
    total += count(build(8))
print(total, count(keep))


class Many:
    def __init__(self, *args, **kw):
        self.n = len(args)
        self.s = sum(args)
        self.kw = sorted(kw.items())


for n in (0, 1, 15, 16, 17, 40):
    m = Many(*range(n), a=1, b=2)
    print(n, m.n, m.s, m.kw)


class WithNew:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.args = args
        return o


for n in (0, 3, 16, 30):
    print(len(WithNew(*range(n)).args))
