# Attribute caches and layout sites are emptied when a class changes in a way
# that can change an attribute lookup (decision 0048): the same sites must
# see a property, a __getattribute__ or a __setattr__ added after they were
# filled, for monomorphic and polymorphic sites alike, and must fill again
# afterwards.


class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class B:
    def __init__(self, x, y):
        self.y = y
        self.x = x


class C(A):
    pass


def read_x(o):
    return o.x


def read_both(o):
    return o.x + o.y


def write_x(o, v):
    o.x = v


def area(p):
    # a layout region: two float reads of one object
    return p.x * p.y


objs = [A(1, 2), B(3, 4), C(5, 6), A(7, 8)]
for _ in range(3):
    print([read_x(o) for o in objs], [read_both(o) for o in objs])
fa = A(1.5, 2.0)
fb = B(2.5, 4.0)
print(area(fa), area(fb), area(fa))

# A data descriptor on a slot name of one class: only that class changes.
A.x = property(lambda self: "prop-x")
print([read_x(o) for o in objs])
print(area(fb))
try:
    area(fa)
except TypeError as e:
    print("TypeError", e)

# Writes through a filled cache see the property too (no setter).
b = B(0, 0)
for v in range(3):
    write_x(b, v)
print(b.x)
try:
    write_x(A(0, 0), 9)
except AttributeError as e:
    print("AttributeError", e)

# Removing it: the slots are reached again.
del A.x
print([read_x(o) for o in objs], [read_both(o) for o in objs])
print(area(fa), area(fb))

# A __getattribute__ added to a class whose sites were filled.
def loud(self, name):
    return "loud-" + name


B.__getattribute__ = loud
print([read_x(o) for o in objs])
print(area(A(3.0, 0.5)))
del B.__getattribute__
print([read_both(o) for o in objs])

# A __setattr__ added later sees every store through a filled write site.
log = []


def logging_setattr(self, name, value):
    log.append((type(self).__name__, name, value))
    object.__setattr__(self, name, value)


C.__setattr__ = logging_setattr
c = C(0, 0)
for v in (10, 11):
    write_x(c, v)
write_x(objs[0], 12)
print(log, c.x, objs[0].x)
del C.__setattr__
write_x(c, 13)
print(len(log), c.x)
