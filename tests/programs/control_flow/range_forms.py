# range with one, two and three arguments, negative steps, len and indexing.
print(list(range(5)), list(range(2, 7)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
print(range(5), range(1, 10, 2))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(list(range(-5, 5, 2)), sum(range(1000000)))
