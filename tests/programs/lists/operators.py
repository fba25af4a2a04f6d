# +, *, ==, < and += on lists.
a = [1, 2]
b = [3]
print(a + b, a * 3, [0] * 0, a == [1, 2], a != b, a < b, [1, 2] < [1, 2, 0])
c = a
c += [9]
print(a, c is a)
c = c + [10]
print(a, c)
print([] == [], [[]] == [[]], [1, [2]] == [1, [2]])
