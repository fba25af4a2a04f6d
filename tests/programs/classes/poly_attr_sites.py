# Attribute sites that see instances of several subclasses holding the name
# in the same slot (the inline cache tests four types before its out-of-line
# entries): reads, augmented stores, a fifth and sixth class, a subclass that
# turns the attribute into a property, and class changes that empty every
# cache while the loop runs.


class Task:
    def __init__(self, ident):
        self.ident = ident
        self.runs = 0


class A(Task):
    pass


class B(Task):
    pass


class C(Task):
    def __init__(self, ident):
        super().__init__(ident)
        self.extra = ident * 2


class D(Task):
    pass


class E(D):
    pass


class F(Task):
    pass


def tick(tasks, rounds):
    total = 0
    for r in range(rounds):
        for t in tasks:
            t.runs += 1
            total += t.ident * t.runs
    return total


tasks = [A(1), B(2), C(3), D(4)]
print(tick(tasks, 5), [t.runs for t in tasks])
tasks += [E(5), F(6)]
print(tick(tasks, 7), [t.runs for t in tasks])


class G(Task):
    @property
    def ident(self):
        return 100

    @ident.setter
    def ident(self, v):
        pass


tasks.append(G(7))
print(tick(tasks, 3), [(type(t).__name__, t.ident, t.runs) for t in tasks])

# A new class attribute empties the caches; the sites fill again.
D.label = "d"
print(tick(tasks, 2), [t.runs for t in tasks])
B.runs = 1000  # a class attribute shadowed by every instance's own
print(tick(tasks[:4], 1), [t.runs for t in tasks])
del tasks[1].runs
print(tasks[1].runs)
print(tick(tasks[:4], 2), [t.runs for t in tasks])
