# type() names and id() identity.
for v in [1, 1.5, "s", [], (), {}, set(), None, True, range(3), len]:
    print(type(v).__name__)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(type(1)).__name__)
