# One attribute site seeing many situations in a loop: different classes
# with the attribute in different slots, instances moved to their dict
# mid-loop, modules and classes, attributes set for the first time, and
# class changes between iterations.
import math


class A:
    def __init__(self):
        self.x = 1.0
        self.y = 2


class B:
    def __init__(self):
        self.y = "b"
        self.x = 10


class C(A):
    def __init__(self):
        self.z = 0
        super().__init__()


class D:
    x = 100


def get_x(o):
    return o.x


def bump(o):
    o.x = o.x + 1
    return o.x


objs = [A(), B(), C(), A(), D(), B()]
objs[3].__dict__
for rnd in range(3):
    print([get_x(o) for o in objs])
    print([bump(o) for o in objs])
print([vars(o) for o in objs])
print(get_x(type("T", (), {"x": "type"})), D.x)

# Attribute stored for the first time at the same site, across instances.
class Lazy:
    def fill(self, v):
        self.a = v
        self.b = v * 2


lz = [Lazy() for _ in range(4)]
for i, o in enumerate(lz):
    if i % 2 == 0:
        o.fill(i)
print([vars(o) for o in lz])
for o in lz:
    o.fill(0.5)
print([vars(o) for o in lz])

# Class attribute counters change the class while sites are warm.
class Node:
    created = 0

    def __init__(self, v):
        Node.created += 1
        self.v = v
        self.next = None


head = None
for i in range(100):
    n = Node(i)
    n.next = head
    head = n
total = 0
while head is not None:
    total += head.v
    head = head.next
print(total, Node.created)

# Integers that overflow small ints, and big ints.
class Acc:
    def __init__(self):
        self.v = 1


acc = Acc()
for i in range(70):
    acc.v = acc.v * 3
print(acc.v)

# An exception raised while a site is on its slow path.
class Raises:
    def __init__(self):
        self.ok = 1

    def __getattr__(self, name):
        raise KeyError(name)


ra = Raises()
for i in range(3):
    try:
        print(ra.ok, ra.missing)
    except KeyError as e:
        print("KeyError", e)

# The attribute read through a module and through super().
print(math.floor(2.5), get_x(A()), super(C, C()).__init__ is not None)
