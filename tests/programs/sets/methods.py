# discard, remove, pop, update, intersection_update, copy.
s = {1, 2, 3}
s.discard(2)
s.discard(42)
print(s)
s.update([4, 5], {6})
print(s)
s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
c = s.copy()
c.intersection_update({4, 6, 8})
print(s, c, s.union([0]), s.intersection([5, 6, 7]), s.difference([3, 4]))
