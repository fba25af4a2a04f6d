# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a, "k" in {"k": 0}, 0 in {"k": 0})
x = None
if x is None:
    print("x is None")
