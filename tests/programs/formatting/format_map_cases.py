# str.format_map with dicts and a dict subclass with __missing__.
print("{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    "{c}".format_map({})
except KeyError as e:
    print("KeyError", e)
