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


# An abstract stub (only raises NotImplementedError) is no candidate of
# the direct calls: the four overriding defs are, and the stub still runs
# through the generic call.
class Job:
    def step(self, k):
        """Advance by k."""
        raise NotImplementedError("Job.step")


class J1(Job):
    def step(self, k):
        return k + 1


class J2(Job):
    def step(self, k):
        return k * 2


class J3(Job):
    def step(self, k):
        return k - 3


class J4(Job):
    def step(self, k):
        return -k


def run(jobs, k):
    s = 0
    for j in jobs:
        s += j.step(k)
    return s


jobs = [J1(), J2(), J3(), J4()]
print("jobs", sum(run(jobs, k) for k in range(100)))
try:
    run(jobs + [Job()], 5)
except NotImplementedError as e:
    print("abstract", e)
