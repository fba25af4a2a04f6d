# Values of every kind in instance slots. Exact floats are stored unboxed:
# reading one gives an equal float (identity is not kept, see
# docs/language-support.md), so this program compares floats by value only.


class Box:
    def __init__(self, v):
        self.v = v
        self.w = None

    def bump(self, d):
        self.v += d
        return self.v


class F(float):
    pass


big = 2**100
items = [1, -7, 2.5, -0.0, float("inf"), float("nan"), "s", None, True, False, big, [1, 2], (3,), {"k": 1},
         F(1.5), 1e300, 5e-324]
for it in items:
    b = Box(it)
    print(repr(b.v), type(b.v).__name__, repr(b.w), vars(b))

# Non-floats keep their identity.
lst = [1, 2]
b = Box(lst)
print(b.v is lst, b.v is b.v)
s = "text" * 3
b = Box(s)
print(b.v is s, b.v is b.v)
f = F(2.0)
b = Box(f)
print(b.v is f, type(b.v).__name__)
b = Box(big)
print(b.v is big)

# Float arithmetic through slots.
acc = Box(0.0)
for i in range(10):
    acc.bump(0.1)
print(acc.v, acc.v == 0.9999999999999999)
acc.v = 3
print(acc.bump(0.5), type(acc.v).__name__)
acc.v = 1.5
print(acc.bump(1), type(acc.v).__name__)
acc.v = "x"
print(acc.bump("y"))
n = Box(float("nan"))
print(n.v != n.v, n.v == n.v)
z = Box(-0.0)
print(str(z.v), 1 / float("inf") if z.v == 0 else None)

# Floats and others alternate in one slot.
m = Box(0)
for v in [1.25, 2, "a", 3.5, None, 4.0]:
    m.v = v
    print(repr(m.v), end=" ")
print()

# Float keys and values in containers built from slots.
pts = [Box(i * 0.5) for i in range(5)]
print(sum([p.v for p in pts]))
print(sorted([p.v for p in pts], reverse=True))
print({p.v: i for i, p in enumerate(pts)})
print(hash(Box(1.0).v) == hash(1.0), Box(2.0).v in {2.0}, Box(3.0).v in [3])
