# enumerate with start; zip stops at the shortest input.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["a", "b"]
ages = [1, 2]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
