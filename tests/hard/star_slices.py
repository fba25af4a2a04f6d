"""Starred expressions and slices: unpacking targets and values, starred
elements in every display, slices with every combination of bounds, extended
slices, tuples of slices, and subscripts of every shape."""
a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, *b), c = d
*a, = b
a, b = *c, d
x = *a, *b
x = [*a, *b, c]
x = {*a, *b}
x = {**a, 'b': 1, **c}
x = (*a,)
for *a, b in c: pass
for a, *b in c: pass
x = y[:]
x = y[1:]
x = y[:2]
x = y[1:2]
x = y[::]
x = y[::3]
x = y[1::3]
x = y[:2:3]
x = y[1:2:3]
x = y[a:b, c:d]
x = y[1:2, ...]
x = y[...]
x = y[..., 0]
x = y[0, :]
x = y[:, None]
x = y[()]
x = y[(1, 2)]
x = y[1, 2]
x = y[1,]
x = y[-1]
x = y[a:=1] if False else y[(a := 1)]
x = y[*a] if False else y[a]
x = y[lambda: 0:lambda: 1]
x = y[a if b else c:d]
x = y[::-1][1:-1][::2]
y[1:2] = x
del y[1:2], y[0]
y[1:2, 3] += 1
x = y[1:2][3]
x = y[f(a):g(b):h(c)]
