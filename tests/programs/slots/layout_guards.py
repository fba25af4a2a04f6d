# Layout-specialised regions (compiler/passes/layout_spec.cpp): the fast copy
# runs only when every object passes its layout check; each case below makes
# a check fail (or pass) in a different way and must print what CPython prints.


class P:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y


class Q:
    # Same names, other order: other slot indices.
    def __init__(self, x: float, y: float) -> None:
        self.y = y
        self.x = x


class Sub(P):
    pass


class Loud(P):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


def step(a, b, dt: float) -> float:
    dx = a.x - b.x
    dy = a.y - b.y
    a.x += dx * dt
    b.y -= dy * dt
    return dx * 2.0 + dy


def show(tag, a, b, r):
    print(tag, a.x, a.y, b.x, b.y, r)


p1 = P(1.0, 2.0)
p2 = P(0.5, -1.5)
for _ in range(3):
    r = step(p1, p2, 0.25)
show("P P", p1, p2, r)

q = Q(3.0, 4.0)
r = step(p1, q, 0.5)
show("P Q", p1, q, r)
r = step(q, q, 0.5)
show("Q Q", q, q, r)

# An int where a float was: the fmask bit is clear, the generic path runs.
p3 = P(1.0, 2.0)
p3.x = 7
r = step(p3, p1, 1.0)
show("int", p3, p1, r)
print(type(p3.x).__name__)

# Subclass instances: another exact type with the same slots.
s = Sub(10.0, 20.0)
r = step(s, p2, 0.125)
show("Sub", s, p2, r)

# A __setattr__ override must see every store.
loud = Loud(1.0, 1.0)
r = step(p1, loud, 1.0)
show("Loud", p1, loud, r)

# Dict mode: an attribute deleted and added back out of order.
p4 = P(5.0, 6.0)
del p4.x
p4.x = 8.0
r = step(p4, p2, 0.5)
show("dict", p4, p2, r)
print(sorted(vars(p4).items()))

# Extra attributes on an instance do not matter.
p5 = P(2.0, 3.0)
p5.z = "extra"
r = step(p5, p5, 2.0)
show("extra", p5, p5, r)

# A missing attribute raises from the generic path.
p6 = P.__new__(P)
p6.x = 1.0
try:
    step(p6, p1, 1.0)
except AttributeError as e:
    print("AttributeError:", e)

# Division by zero inside a region.
def ratio(a, b) -> float:
    return (a.x - b.x) / (a.y - b.y)


print(ratio(P(4.0, 1.0), P(2.0, 0.0)))
try:
    ratio(P(4.0, 1.0), P(2.0, 1.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# A property added to the class later takes over the attribute.
P.y = property(lambda self: -100.0, lambda self, v: print("y set to", v))
p7 = P(1.0, 2.0)
r = step(p7, p1, 1.0)
show("property", p7, p1, r)
del P.y
p8 = P(1.0, 2.0)
r = step(p8, p2, 1.0)
show("after del", p8, p2, r)
