# List comprehensions with conditions and nesting.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[j for j in range(i)] for i in range(4)])
print([x if x % 2 else -x for x in range(6)])
