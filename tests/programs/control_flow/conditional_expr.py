# Conditional expressions, including nested ones.
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, (n if n > 0 else -n))
x = None
print(x if x is not None else "default")
