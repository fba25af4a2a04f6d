# Generator expressions everywhere: sum of squares, conditions, nesting, as
# call arguments, stored and consumed later, and builtins consuming them.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in data))
print(sum(x for x in data if x % 2))
print(max(x for x in data), min(x - 10 for x in data))
print(sorted((x for x in data), reverse=True))
print(any(x > 8 for x in data), all(x > 1 for x in data))
print(list(enumerate(c.upper() for c in "abc")))
print(list(zip((x for x in data), (y for y in "xyz"))))
print(", ".join(str(x) for x in data[:3]))
g = (x * 10 for x in data)
print(next(g), next(g))
print(list(g))
print(list(g))


def show(*args):
    return " ".join(str(a) for a in args)


print(show(*(x for x in range(3))))
print(list((a, b) for a in range(3) for b in range(a)))
rows = [[1, 2, 3], [4, 5, 6]]
print(list(sum(r) for r in rows))
print([list(x * 2 for x in r) for r in rows])
print(dict((k, v) for k, v in zip("ab", range(2))))
words = ["apple", "kiwi", "banana"]
print(max((len(w), w) for w in words))
lengths = (len(w) for w in words)
print(type(lengths).__name__, sum(lengths))
scale = 3
scaled = (v * scale for v in data)
scale = 100
print(list(scaled))
print(tuple(x for x in range(10) if x % 3 == 0 if x > 0))
