# Tuples cannot be changed, but their list items can.
t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0))
