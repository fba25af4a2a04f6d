class V:
    def __init__(self, x):
        self.x = x
    def __rmul__(self, o):
        return "rmul:" + str(o)
    def __radd__(self, o):
        return V(o)
    def __repr__(self):
        return "V(%r)" % (self.x,)

def f(items):
    acc = 0.0
    for it in items:
        acc += 2.0 * it
    return acc

print(f([1.0, 2.5, 3]))
print(f([1, 2, 3]))
print(f([1.0, True]))
print(f([2**70]))
try:
    print(f(["a"]))
except TypeError as e:
    print(e)
print(f([V(1)]) if False else 0)
lst = [1.5]
x = 0.5
y = x * lst[0]
z = -y
print(y, z, y < 1, y > lst[0], y == 0.75, lst[0] != y)
w = x + [1][0]
print(w, type(w))
acc = []
acc += [1]
a = 1.0
a = a * "3" if False else a
print(a)
def g(n):
    t = 0.0
    for i in range(n):
        t = t + i / 3
    return t
print(g(10))
try:
    print(1.0 / lst[0] / 0)
except ZeroDivisionError as e:
    print(e)
nan = float("nan")
print(nan == nan * 1.0, nan != lst[0] * nan)
import math
print(math.sqrt(2.0), math.sqrt(4), math.sqrt(x * 8))
try:
    math.sqrt(-1.0)
except ValueError as e:
    print(e)
