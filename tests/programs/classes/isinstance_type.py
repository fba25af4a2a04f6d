# isinstance with builtin and user classes, tuples of classes, type().
class A:
    pass
class B(A):
    pass
vals = [1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, A(), B()]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), isinstance(v, A))
print(type(B()) is B, type(1) is int, type("") == str, issubclass(B, A), issubclass(bool, int))
