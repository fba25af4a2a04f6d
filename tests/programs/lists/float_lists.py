# Lists of floats made by repetition, which the runtime may keep as raw
# doubles: every list operation on them, stores of other types and of NaN
# (which change the representation), and the lists passed to typed float
# code that reads and writes items, with lists of every other make-up
# (built by append, holding ints, bools, a NaN, a subclass).
import math
from typing import List

u = [1.5] * 20
print(len(u), u[0], u[-1], u[3:6], u[::7], u[-3:])
print(u == [1.5] * 20, u != [1.5] * 20, u < [1.5] * 21, u > [1.0] * 30, [1.5] * 16 == [1.5] * 16)
print(repr([0.0] * 16), str([-0.0] * 16))
print([0.1] * 17)
print(sum([0.1] * 20), min([2.5] * 18), max([float("inf")] * 16), sorted([3.25] * 16)[:2])
v = [0.5] * 16
v[3] = 2.0
v[-1] = -7.25
print(v, v.count(0.5), v.index(2.0), 2.0 in v, 3 in v, 0.5 in v, -7.25 in v)
v.append(9.5)
v.append(4)
print(v[-3:], len(v), type(v[-1]).__name__)
w = [2.0] * 16
w[0] = "x"
print(w[:3], w.count(2.0))
x = [1.0] * 16
x[5] = float("nan")
print(x[4:7], x.count(x[5]), x[5] in x, math.isnan(x[5]))
nan = float("nan")
y = [nan] * 16
print(nan in y, y.count(nan), y.index(nan))
z = [0.25] * 16
z.append(nan)
print(nan in z, z.count(nan), len(z))
a = [1.0] * 16 + [2.0] * 16
print(len(a), a[14:18], sum(a))
b = [1.0] * 8 + [2] * 8
print(b, type(b[9]).__name__)
c = [3.0] * 16
c += [4.0] * 2
c += (5.0,)
c.extend([6.0] * 16)
c.extend(iter([7.0]))
print(len(c), c[14:20], c[-3:])
c *= 2
print(len(c), c[0], c[-1])
d = [1.0] * 16
d.extend(d)
print(len(d), d[31])
e = list([2.5] * 16)
f = e.copy()
g = e[:]
f[0] = 9.0
g[1] = "g"
print(e[:3], f[:3], g[:3])
h = [0.5, 1.5] * 10
h.sort()
print(h[:3], h[-3:])
h.sort(reverse=True)
print(h[:2])
h.reverse()
print(h[:2], h.pop(), h.pop(0), len(h))
h.insert(2, 8.0)
h.remove(1.5)
print(h[:4], len(h))
del h[0]
del h[1:3]
del h[::4]
print(h, len(h))
i = [1.0] * 20
i[2:5] = [7.0, 8.0]
print(i[:6], len(i))
i[::5] = ["a", "b", "c", "d"][:len(i[::5])]
print(i)
j = [6.0] * 16
j[1:3] = (1.25, 2.25)
j[::8] = [0.0, 0.0]
print(j)
k = [1.0] * 16
print(tuple(k)[:2], list(reversed(k))[:2], [t * 2 for t in k][:2], list(enumerate(k))[:2])
p, q, *rest = [1.5] * 16
print(p, q, len(rest))
print(dict.fromkeys([1.0] * 16), set([2.0] * 16), hash(tuple([1.0] * 16)) == hash((1.0,) * 16))
m = [1.0] * 16
m.clear()
m.append("s")
print(m)
print([1.0] * 0, [1.0] * -3, len([1.0] * 3), ([1.0] * 16) * 1 == [1.0] * 16)
print(sorted([float(i) for i in range(16)], key=lambda t: -t)[:3])
n = [1e300] * 16
print(n[0] * 10, sum(n) / 16, [round(t) for t in [2.5] * 16][:2])
o = [-0.0] * 16
print(o[0], math.copysign(1.0, o[5]), o.index(0.0), 0.0 in o, o.count(0))


class FloatList(list):
    pass


def total(xs: List[float]) -> float:
    acc = 0.0
    for t in range(len(xs)):
        acc += xs[t] * 2.0
    return acc


def scale(src: List[float], dst: List[float], k: float) -> None:
    for t in range(len(src)):
        dst[t] = src[t] * k


def fill_nan(dst: List[float]) -> None:
    for t in range(len(dst)):
        dst[t] = math.inf * 0.0 if t == 3 else dst[t] + 1.0


built: List[float] = []
for t in range(20):
    built.append(t / 4)
cases = [[0.5] * 16, built, [1, 2, 3] * 6, [True, False] * 8, [0.5] * 15 + [nan], FloatList([2.0] * 16),
         [1.0] * 8 + [2] * 8, [1.5] * 16 + ["x"]]
for xs in cases[:-1]:
    print(total(xs))
    out = [0.0] * len(xs)
    scale(xs, out, 3.0)
    print(out[:3], out[-2:])
for xs in cases:
    ys = list(xs)
    try:
        fill_nan(ys)
        print(ys[:5], ys.count(ys[3]), ys[3] in ys)
    except TypeError as err:
        print("TypeError", err)
try:
    total(cases[-1])
except TypeError as err:
    print("TypeError", err)
r = [1.0] * 16
scale(r, r, -1.0)
print(r[:2], r.count(-1.0))
s = [1.0] * 16
s2 = s
scale([2.0] * 16, s, 0.5)
print(s2 == [1.0] * 16, s is s2)
try:
    scale([1.0] * 17, [0.0] * 16, 1.0)
except IndexError as err:
    print("IndexError", err)
try:
    print(total([1.0] * 16), ([1.0] * 16)[16])
except IndexError as err:
    print("IndexError", err)
