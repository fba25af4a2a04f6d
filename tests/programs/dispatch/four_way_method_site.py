# A method site over four classes, each with its own def (a site the
# compiler tests all four cache entries of inline), while the entries go
# stale: a method replaced on the third class, an instance attribute that
# shadows the method on an instance of the fourth, a fifth class that
# evicts an entry, and a receiver that is no instance at all.


class Base:
    def __init__(self, k):
        self.k = k

    def ready(self):
        return self.k % 2 == 0


class A(Base):
    def ready(self):
        return self.k % 3 == 0


class B(Base):
    def ready(self):
        return self.k > 5


class C(Base):
    def ready(self):
        return False


class D(Base):
    pass


def count(items):
    n = 0
    for t in items:
        if t.ready():
            n += 1
    return n


items = [A(3), B(7), C(1), D(4), A(4), B(2), C(9), D(5)]
total = 0
for _ in range(1000):
    total += count(items)
print("before", total)

C.ready = lambda self: self.k > 0
print("replaced", count(items))

d = items[3]
d.ready = lambda: 0
print("shadowed", count(items), d.ready())
del d.ready
print("unshadowed", count(items))


class E(Base):
    def ready(self):
        return True


items.append(E(0))
print("fifth", count(items), count(items))
items.append(42)
try:
    count(items)
except AttributeError as e:
    print("error", e)
