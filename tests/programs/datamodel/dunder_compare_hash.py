# Rich comparisons, reflection, total ordering by hand, __hash__ rules.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, P) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"P({self.v})"

a, b = P(1), P(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([P(3), P(1), P(2)]), min(P(5), P(4)), max([P(5), P(9)]))
try:
    hash(a)
except TypeError as e:
    print(e)
print(P.__hash__ is None)

class H:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, {H(3): "x"}[H(3)])

class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p))

class Rev:
    def __gt__(self, o):
        return "Rev.gt"
    def __lt__(self, o):
        return "Rev.lt"
print(1 < Rev(), 1 > Rev(), Rev() < 1)

class Sub(int):
    def __eq__(self, o):
        return "Sub.eq"
print(3 == Sub(3), Sub(3) == 3)
class NeOnly:
    def __eq__(self, o):
        return True
print(NeOnly() != NeOnly(), NeOnly() == 5)
try:
    Plain() < Plain()
except TypeError as e:
    print(e)
try:
    [1] < "a"
except TypeError as e:
    print(e)
print([P(1)] == [P(1)], (P(2),) == (P(3),))
class Inherit(H):
    pass
print(hash(Inherit(7)) == hash(7))
class EqNoHashChild(H):
    def __eq__(self, o):
        return False
try:
    hash(EqNoHashChild(1))
except TypeError as e:
    print(e)
