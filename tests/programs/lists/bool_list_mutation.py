# More operations on lists of bools made by repetition: conversions
# (bytes, dict.fromkeys, str formatting), dunder methods, loops and searches
# whose user code stores a non-bool into the list while it is being walked
# (the list changes representation mid-loop), self-extension, slice
# assignment from the list itself, min/max/sum over them.
l = [True, False] * 8
print(bytes(l), dict.fromkeys(l), sorted(l, key=lambda x: -x)[:3])
print("%s" % (l,), str(l) == repr(l), l.__len__(), l.__getitem__(slice(0, 3)), l.__contains__(0))
print(isinstance(l, list), type(l) is list, l.__class__.__name__)
r = []
for i, v in enumerate(l):
    if i == 2:
        l[5] = "x"
    r.append(v)
print(r)
l2 = [False] * 16
out = []
for v in reversed(l2):
    if len(out) == 1:
        l2[0] = None
    out.append(v)
print(out)
s = [True] * 16
s.extend(s)
s.extend(iter([False, True]))
print(len(s), s[-3:])
m = [True] * 18
print(m.index(True, -100, 100), m.count(1.0), m.count(True))
n = [False] * 16
n += (True, False)
n += "ab"
print(n[-5:])
o = [True] * 20
o[2:5] = o
print(len(o))
o = [True] * 20
o[::-2] = [False] * 10
print(o)
print([x * 2 for x in [True] * 16][:3], sum(x for x in [True] * 16))
print(list(map(int, [True, False] * 8)))
print(max([False] * 20, [True] * 16), min([[True] * 16, [True] * 17]))
q = [True] * 16
print(q * 0, q * -1, len(q * 3), (q * 1) is q)
print(any(v for v in [False] * 30), all([]))
z = [False] * 16
z[3] = 3.5
z[3] = True
print(z.count(True), z[3] is True)
t = tuple([False] * 16)
print(t == tuple(False for _ in range(16)), hash(t) == hash((False,) * 16))
u = [True] * 16
u[0], u[1] = u[1], 5
print(u[:3])
v = [True] * 16
v.insert(-100, None)
print(v[:2], len(v))
w = [False] * 16
w.append(w)
print(w == w, w[-1] is w)
x = [True] * 16
print(x == x[:], x != x[:], x < x + [False], x + [False] > x)


class Mutator:
    calls = 0

    def __eq__(self, other):
        Mutator.calls += 1
        if Mutator.calls == 2:
            target[10] = "z"
        return other == "z"


target = [True] * 16
print(Mutator() in target, Mutator.calls, target.count("z"))
Mutator.calls = 0
target = [False] * 16
print(target.index(Mutator()), Mutator.calls)
Mutator.calls = 0
target = [True, False] * 8
print(target.count(Mutator()), Mutator.calls)
Mutator.calls = 0
target = [True] * 16
target.remove(Mutator())
print(Mutator.calls, len(target), "z" in target)


class Shouty:
    def __repr__(self):
        shout.append(None)
        return "Shouty"


shout = [True] * 16
shout[1] = Shouty()
print(shout)
