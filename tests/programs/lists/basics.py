# Creating, indexing and mutating lists.
xs = [5, 3, 8]
xs.append(1)
xs.insert(0, 9)
xs.extend([7, 7])
print(xs, len(xs), xs[0], xs[-1])
xs[1] = 50
print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.remove(7)
print(xs, xs.index(8), xs.count(3), 3 in xs, 4 in xs)
