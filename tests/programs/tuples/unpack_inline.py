# Unpacking into two targets: an exact tuple of the right size is taken
# inline; lists, other sizes, strs, iterators, tuple subclasses, non-iterables
# and starred targets take the runtime's path, errors included.
def pair(i):
    if i % 5 == 0:
        return [i, -i]
    if i % 7 == 0:
        return (i, i, i)
    if i % 11 == 0:
        return "ab"
    if i % 13 == 0:
        return iter((i, i + 1))
    return (i, i * 2)

total = 0
for i in range(1, 60):
    try:
        a, b = pair(i)
        total += (a if isinstance(a, int) else len(a)) + (b if isinstance(b, int) else 1)
    except ValueError as e:
        print(i, "ValueError", e)
print(total)
class T(tuple):
    pass
x, y = T((1, 2))
print(x, y)
try:
    p, q = (1,)
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
a, *rest = (1, 2, 3)
print(a, rest)
