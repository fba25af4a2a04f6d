# isinstance with builtin types and tuples.
vals = [0, 0.0, "", [], (), {}, set(), None, False]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, (list, tuple)), isinstance(v, object))
