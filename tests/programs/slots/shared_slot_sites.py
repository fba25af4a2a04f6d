# Attribute sites that see several classes holding the name in the same slot
# (subclasses of the class that assigns it): reads, writes, floats, deletes,
# a class that holds the name elsewhere, and changes to the classes while the
# sites are warm.


class Base:
    def __init__(self, ident):
        self.ident = ident
        self.count = 0
        self.weight = 1.5


class A(Base):
    def __init__(self, ident):
        super().__init__(ident)
        self.a = "a"


class B(Base):
    def __init__(self, ident):
        super().__init__(ident)
        self.b = [1]


class C(Base):
    pass


class D(Base):
    def __init__(self, ident):
        self.first = "d"
        super().__init__(ident)


class E(A):
    pass


def read(o):
    return o.ident


def bump(o):
    o.count += 1
    o.weight = o.weight * 2


def weigh(o):
    return o.weight


objs = [Base(0), A(1), B(2), C(3), D(4), E(5)]
for round_ in range(3):
    total = 0
    for o in objs:
        total += read(o)
        bump(o)
    print(round_, total, [o.count for o in objs], [weigh(o) for o in objs])

# a float, then an int, then a str in the same slot of different classes
objs[1].weight = 7
objs[2].weight = "w"
print([weigh(o) for o in objs])

# a deleted attribute on an instance of a class the site already knows
del objs[2].ident
for o in objs:
    try:
        print(type(o).__name__, read(o))
    except AttributeError as e:
        print(type(o).__name__, "AttributeError:", e)

# a store through a warm site to an instance whose slot is absent
objs[2].ident = 22
print(read(objs[2]))


# a property defined on a subclass after the sites have cached it
B.ident = property(lambda self: "B-prop")
print([read(o) for o in objs])
del B.ident
print([read(o) for o in objs])


# __getattribute__ on a subclass made later
class F(C):
    def __getattribute__(self, name):
        if name == "ident":
            return "F-ident"
        return object.__getattribute__(self, name)


objs.append(F(6))
print([read(o) for o in objs])
for o in objs:
    bump(o)
print([o.count for o in objs])


# a __setattr__ on another subclass: the store site must call it
class G(A):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


g = G(7)
bump(g)
print(g.count, g.weight)
objs.append(g)
for o in objs:
    bump(o)
print([o.count for o in objs])
