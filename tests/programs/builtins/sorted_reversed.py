# sorted is stable and accepts key and reverse; reversed works on sequences.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted((3.5, 1, 2)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
