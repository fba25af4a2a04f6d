# A method whose attribute reads and writes form one layout-checked region,
# run on instances of several classes in turn: two alternating subclasses
# (the site's two bound types), a third class, a subclass whose slots are in
# another order, a property in place of a slot, a class change in the middle
# (every site is unbound), and an instance that moved to its dict.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def step(self, k):
        self.x = self.x + k * 1.5
        self.y = self.y - k * 0.5
        return self.x * self.y


class A(Point):
    pass


class B(Point):
    pass


class C(Point):
    pass


class Swapped(Point):
    def __init__(self, x, y):
        self.y = y
        self.x = x


class Prop(Point):
    @property
    def x(self):
        return 10.0

    @x.setter
    def x(self, v):
        pass


def run(points, rounds):
    total = 0.0
    for r in range(rounds):
        for p in points:
            total += p.step(r % 3)
    return total


a, b = A(1.0, 2.0), B(3.0, 4.0)
print(run([a, b], 50), a.x, a.y, b.x, b.y)
c = C(0.5, 0.25)
print(run([a, c, b], 10), c.x, c.y)
s = Swapped(2.0, 8.0)
print(run([s, a, s, b], 5), s.x, s.y, list(vars(s)))
q = Prop(1.0, 1.0)
print(run([a, q, b], 4), q.x, q.y)
A.extra = 1  # a class change unbinds every site
print(run([b, a], 6), a.x, b.y)
a.z = 5  # a.z was never assigned in a method: the instance keeps its slots
del b.x
b.x = 7.0  # b's attributes are in its dict now
print(run([a, b], 3), a.x, b.x, sorted(vars(b)))
