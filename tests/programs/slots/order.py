# Instance attributes live in fixed slots while they are set in the order the
# class's methods assign them; vars() and __dict__ must still list them in
# insertion order in every case, as CPython does.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def tag(self, t):
        self.t = t


p = Point(1, 2)
print(vars(p))
p.tag("a")
print(vars(p), p.__dict__ is vars(p))


class Cond:
    def __init__(self, flag):
        if flag:
            self.a = 1
        self.b = 2
        self.c = 3


print(vars(Cond(True)), vars(Cond(False)))


class Reverse:
    def __init__(self):
        pass

    def first(self):
        self.first_attr = 1

    def second(self):
        self.second_attr = 2


r = Reverse()
r.second()
r.first()
print(vars(r))
r2 = Reverse()
r2.first()
r2.second()
print(vars(r2))

# Deleted and re-added: the attribute moves to the end.
q = Point(3, 4)
del q.x
print(vars(q))
q.x = 5
print(vars(q), q.x, q.y)
q2 = Point(3, 4)
del q2.y
q2.y = 6
print(vars(q2))
q3 = Point(7, 8)
del q3.y
del q3.x
print(vars(q3))
q3.y = 1
q3.x = 2
print(vars(q3))

# Set from outside the class, before and after the slot attributes.
o = Point(1, 2)
o.z = 3
print(vars(o))
o.tag(4)
print(vars(o))
o2 = Point.__new__(Point)
o2.extra = 0
o2.y = 1
o2.x = 2
print(vars(o2))

# Reading __dict__ and then setting more.
d = Point(1, 2)
dd = d.__dict__
d.tag(9)
print(dd, d.t)
dd["x"] = 100
print(d.x, vars(d))

# Setting the same attribute again keeps its position.
e = Point(1, 2)
e.x = 10
e.tag(1)
e.x = 11
print(vars(e))

# Re-running __init__.
f = Point(1, 2)
f.tag(0)
f.__init__(5, 6)
print(vars(f))
