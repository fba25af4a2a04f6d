# Iterating with for, enumerate, reversed and while.
xs = ["a", "b", "c"]
for x in xs:
    print(x, end=" ")
print()
for i, x in enumerate(xs, 1):
    print(i, x)
for x in reversed(xs):
    print(x, end="")
print()
i = 0
while i < len(xs):
    print(xs[i] * (i + 1))
    i += 1
