# repr of nested containers.
data = [1, "two", 3.0, [4, (5, 6)], {"seven": 8}, None, True, (9,), set(), {10}]
print(data)
print(repr(data) == str(data))
print({"a": [1, {"b": (2, "c")}]})
print(((), ((),), [[]], [{}]))
