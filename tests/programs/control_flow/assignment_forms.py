# Assignment forms: star unpacking, nested targets, chained, augmented on attributes/subscripts/slices, walrus, del.
a, *b, c = range(6)
print(a, b, c)
(x, y), [z, *w] = (1, 2), "hello"
print(x, y, z, w)
first, *_ = [9, 8, 7]
*init, last = "abc"
print(first, init, last)
p = q = r = []
p.append(1)
print(q, r is p)
d = {"k": [1, 2]}
d["k"][0] += 10
d["n"] = d.get("n", 0) + 1
print(d)
class O:
    pass
o = O()
o.v = 1
o.v += 5
o.v *= 2
print(o.v)
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
del lst[1::2]
print(lst)
lst[:0] = [-1]
lst[len(lst):] = [99]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print([y := 5, y ** 2], y)
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print([v for v in data if (h := v * 2) > 10], h)
t = 1, 2, 3
u = (*t, *"ab", 4)
print(t, u, [*t, *t], {*t}, {**{"a": 1}, "b": 2, **{"a": 3}})
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
m = [[0] * 2 for _ in range(2)]
m[0][1] = 1
print(m)
n1 = n2 = 0
n1 += 1
print(n1, n2)
s = "x"
s += "y" * 2
s *= 2
print(s)
aa = [1]
bb = aa
aa += [2]
print(bb, aa is bb)
tt = (1,)
ss = tt
tt += (2,)
print(ss, tt)
del d["k"], o.v
print(d, hasattr(o, "v"))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
