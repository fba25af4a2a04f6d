# Missing keys raise KeyError whose message is the key's repr.
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
