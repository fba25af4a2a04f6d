# Set iteration order depends on hash values; CPython's for small ints is the int itself.
s = set()
for i in [17, 3, 99, 42, 8, 64, 1, 1000, 33]:
    s.add(i)
print(s)
print(sorted(s) == sorted(list(s)))
t = {x * 11 for x in range(15)}
print(t)
u = set(range(40, 0, -4))
u.remove(20)
u.add(7)
print(u)
