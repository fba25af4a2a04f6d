# Lists of bools made by repetition ([True] * n, [False, True] * n) behave
# exactly like any other list: indexing (negative too), stores of bools and
# of other values, identity of the items, repr, equality and ordering with
# other lists, slicing and the IndexError messages.
n = 20
a = [True] * n
b = [False, True] * 10
c = 3 * [True, False, False]
print(len(a), len(b), len(c))
print(a)
print(b)
print(c)
print(a[0], a[-1], b[0], b[1], b[-1], b[-2], c[3], c[-1])
print(a[0] is True, b[0] is False, b[-1] is True, id(a[5]) == id(True), id(b[2]) == id(False))
print(type(a[3]).__name__, type(b[0]).__name__)

# Stores of bools keep the list as it is.
a[3] = False
a[-1] = False
b[0] = True
print(a)
print(b)
print(a.count(False), b.count(True))

# Index errors
for i in [20, -21, 100]:
    try:
        print(a[i])
    except IndexError as e:
        print("IndexError:", e)
    try:
        a[i] = True
    except IndexError as e:
        print("IndexError:", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError:", e)

# Equality and ordering, with bool lists and with ordinary lists.
d = [True] * n
e = [True for _ in range(n)]
print(d == e, e == d, d != e, d == [True] * 19, d == [1] * 20, d == [1.0] * 20)
print([False] * 20 < [True] * 20, [True] * 20 < [True] * 21, [True] * 21 <= [True] * 20)
print([False] * 20 < e, e > [False] * 20, [True] * 20 >= e, d < [True] * 19 + [2])
x = [True] * 16
y = [True] * 16
y[15] = False
print(x == y, x > y, x < y, y < x, x >= y)

# Stores of anything else
f = [False] * 17
f[0] = 1
f[1] = None
f[2] = "s"
f[-1] = 2.5
print(f)
print(f[0] is True, f[0] == True, f[3] is False)
f[0] = True
print(f[0] is True, f)

# A bool list that contains itself.
g = [True] * 16
g[0] = g
print(g)
h = [False] * 16
h.append(h)
print(h)

# Slices
s = [True, False, False] * 10
print(s[2:9])
print(s[::3])
print(s[::-1])
print(s[-5:])
print(s[1:29:2])
print(s[5:2])
print(s[:] == s, s[:] is s)
t = s[:]
t[0] = "changed"
print(s[0], t[0])
print(s[1:17] + [None])
