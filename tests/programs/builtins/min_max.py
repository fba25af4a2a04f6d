# min and max with iterables, several arguments, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len))
print(max([], default="empty"), min([], default=0))
print(max([(1, "b"), (1, "a")]), max(1, 1.0), max(1.0, 1))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
