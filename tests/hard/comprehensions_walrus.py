"""Comprehensions of every kind with multiple for/if clauses, nesting,
tuple targets, and assignment expressions (walrus) in comprehensions,
conditions, call arguments, subscripts and f-strings."""
a = [x for x in y]
b = [x for x in y if x if not x]
c = [(x, y) for x in a for y in b if x != y]
d = {x for x in y}
e = {k: v for k, v in items}
f = (x for x in y)
g = [x for x, in y]
h = [x for (x, y) in z]
i = [x for [x, y] in z]
j = [x for x.attr in z]
k = [x for x[0] in z]
l = [x for *x, y in z]
m = [[y for y in x] for x in z]
n = [x for x in [y for y in z]]
o = [x for x in (lambda: y)]
p = [x for x in (yield_)]
q = [y := f(x) for x in data]
r = [y for x in data if (y := f(x))]
s = {(k := x): (v := x) for x in data}
t = [x for x in data if (last := x) > 0]
if (n := len(a)) > 10:
    pass
while (chunk := read()) != b"":
    pass
print(x := 1, y := 2)
f(a, b := c)
x = [y := 1, y ** 2]
x = (y := 1)
x[(i := 0)] = 1
x = {(a := 1), (b := 2)}
x = {(a := 1): (b := 2)}
x = f"{(y := 10)}"
x = lambda: (y := 1)
assert (x := 1)
del (x)
x = [i for i in range(3)][0]
x = [i for i in range(3) for j in range(i) if i if j for k in range(j)]
x = [lambda: i for i in range(3)]
x = (y for y in (z for z in w))
x = sum(x for x in y)
x = [*a, *b]
