# The list methods and the in-place operators on lists of bools made by
# repetition: append, extend, insert, pop, remove, index, count, sort,
# reverse, copy, clear, del, slice assignment and deletion, += and *=,
# storing bools (the list stays compact) and other values into them.
def fresh():
    return [True, False, True, True] * 5


a = fresh()
a.append(False)
a.append(True)
print(len(a), a[-2:], a.count(True), a.count(False))
a.append(7)
print(a[-3:], a.count(True), a.count(7))

a = fresh()
a.extend([False, False])
a.extend((True,))
a.extend(fresh())
print(len(a), a.count(False), a[18:25])
a.extend(["x"])
print(a[-2:], a.count("x"), a.index("x"))

a = fresh()
a.extend(a)
print(len(a), a == fresh() * 2)
a = fresh()
a += a
print(len(a), a == fresh() + fresh())
a += [False]
a += [None, True]
print(len(a), a[-4:])

a = fresh()
a.insert(0, False)
a.insert(-1, False)
a.insert(100, True)
print(a)
a.insert(3, 0)
print(a[:6])

a = fresh()
print(a.pop(), a.pop(0), a.pop(-3), len(a))
print(a)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.pop(50)
except IndexError as e:
    print("IndexError:", e)

a = fresh()
a.remove(False)
print(a[:6], len(a))
a.remove(1)
print(a[:6], len(a))
a.remove(0.0)
print(a[:6], len(a))
try:
    a.remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    a.remove("x")
except ValueError as e:
    print("ValueError:", e)

a = fresh()
print(a.index(False), a.index(True), a.index(False, 2), a.index(True, 5, 8), a.index(0), a.index(1.0))
print(a.index(False, -3), a.index(True, -20, -17))
for args in [(2,), (False, 18, 19), ("x",), (None,)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
print(a.count(True), a.count(1), a.count(1.0), a.count(0), a.count(2), a.count(None), a.count("a"))
print(True in a, False in a, 1 in a, 0.0 in a, 2 in a, None in a, "True" in a)
print(False in [True] * 30, 0 in [True] * 30, 1 in [False] * 30)


class AlwaysEqual:
    def __eq__(self, other):
        return True


class NeverEqual:
    def __eq__(self, other):
        return False


print(AlwaysEqual() in a, NeverEqual() in a, a.count(AlwaysEqual()), a.index(AlwaysEqual()))

a = fresh()
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a = fresh()
a.sort(key=lambda v: not v)
print(a)
print(sorted(fresh()), sorted(fresh(), reverse=True)[:3])
a = fresh()
a.reverse()
print(a)
a[0] = 5
a.sort()
print(a)

a = fresh()
c = a.copy()
c[0] = False
print(a[0], c[0], c == a, c is a)
a.clear()
print(a, len(a))
a.append(True)
a.append(3)
print(a)

a = fresh()
del a[0]
del a[-1]
print(a, len(a))
del a[2:6]
print(a, len(a))
del a[::2]
print(a, len(a))
del a[::-3]
print(a, len(a))
try:
    del a[40]
except IndexError as e:
    print("IndexError:", e)

a = fresh()
a[0:2] = [False, False, False]
print(a)
a[5:5] = (True,)
print(a, len(a))
a[::2] = [False] * 11
print(a)
a[1:3] = []
print(a, len(a))
a[2:4] = [1, 2]
print(a)
a = fresh()
a[::5] = ["a", "b", "c", "d"]
print(a)
a = fresh()
a[:] = [False] * 16
print(a)
a[:] = fresh()
print(a == fresh())
try:
    a[::2] = [True]
except ValueError as e:
    print("ValueError:", e)

a = fresh()
a *= 2
print(len(a), a.count(True))
a *= 0
print(a)
b = [False] * 16
b2 = b
b2 *= 3
print(b is b2, len(b), b[-1])

# A subclass of list with bool items.
class MyList(list):
    pass


m = MyList([True, False])
m *= 10
print(type(m).__name__, len(m), m[3], m.count(False))
m[0] = "m"
print(m[:3], m)
