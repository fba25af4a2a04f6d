# copy: shallow and deep copies of objects, cycles, shared references, tuples, __copy__/__deepcopy__, __slots__.
import copy
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
a = Node(1, [Node(2), Node(3)])
b = copy.copy(a)
c = copy.deepcopy(a)
a.children[0].v = 99
print(b, c, b.children is a.children, c.children is a.children)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
t = (1, [2])
t2 = copy.deepcopy(t)
print(t2, t2 is not t, copy.deepcopy((1, 2)) == (1, 2), copy.copy(t) is t)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print("custom copy")
        return Custom()
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Custom()
copy.copy(Custom()); copy.deepcopy(Custom())
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s2 = copy.deepcopy(S())
print(s2.a, s2.b, copy.copy({"k": [1]}), copy.deepcopy({1, 2}), copy.copy(5), copy.deepcopy("s"))
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])
