# __init__ bodies that only write attributes are versioned: the fast copy adds
# the instance slots in order (raw floats and words) after one layout check;
# anything unusual (re-initialisation, another order, subclasses, setattr
# overrides, descriptors, dict mode) takes the ordinary path with the same
# result.


class Vec:
    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


class Node:
    def __init__(self, left, right, label: str) -> None:
        self.left = left
        self.right = right
        self.label = label


class Mixed:
    def __init__(self, a, b: float, c) -> None:
        self.a = a
        self.b = b
        self.c = c


v = Vec(1.0, 2.5, -3.0)
print(v, vars(v), Vec(1, 2, 3), Vec(True, 2**70, -0.0))
n = Node(None, Node(None, None, "leaf"), "root")
print(n.label, n.right.label, n.left, sorted(vars(n)), list(vars(n)))
m = Mixed("s", 1.5, [1])
print(vars(m), Mixed(1, 2.0, None).__dict__)

# Re-initialising: the slots are present, the check fails, the values change.
v.__init__(4.0, 5.0, 6.0)
print(v, list(vars(v)))
n.__init__("l", "r", "again")
print(n.left, n.right, n.label)

# Attributes set before __init__ runs (object.__new__ + manual setattr).
w = Vec.__new__(Vec)
w.z = 9.0
Vec.__init__(w, 1.0, 2.0, 3.0)
print(w, list(vars(w)))


# A subclass that sets its own attribute before calling the base __init__.
class Early(Vec):
    def __init__(self, tag) -> None:
        self.tag = tag
        super().__init__(0.5, 1.5, 2.5)


e = Early("t")
print(e, e.tag, list(vars(e)))


class Late(Vec):
    def __init__(self, tag) -> None:
        super().__init__(7.0, 8.0, 9.0)
        self.tag = tag
        self.extra = [tag]


lt = Late("u")
print(lt, lt.tag, lt.extra, list(vars(lt)))


# Another order than the layout's.
class Backwards:
    def first(self):
        self.a = 1
        self.b = 2

    def __init__(self) -> None:
        self.b = "b"
        self.a = "a"


bw = Backwards()
print(list(vars(bw)), bw.a, bw.b)


# __setattr__ override and a data descriptor on one of the names.
class Loud(Vec):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


print(Loud(1.0, 2.0, 3.0))


class WithProp(Vec):
    @property
    def y(self):
        return self._y * 10

    @y.setter
    def y(self, value):
        self._y = value


wp = WithProp(1.0, 2.0, 3.0)
print(wp.y, sorted(vars(wp)))

# Values of another type than the annotation: the generic entry, same result.
print(Vec("a", [1], None), Node(1.5, 2, 3).left)

# Many objects: the fast path, and a later attribute type change.
vs = [Vec(float(i), i * 0.5, -i) for i in range(1000)]
print(sum(p.x + p.y + p.z for p in vs))
vs[3].x = "changed"
print(vs[3], vs[4])
nodes = [Node(i, None, str(i)) for i in range(1000)]
print(sum(q.left for q in nodes), nodes[-1].label)
