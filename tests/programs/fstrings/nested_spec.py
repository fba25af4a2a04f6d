# Nested replacement fields inside a format spec.
width = 10
prec = 3
val = 3.14159265
for w in [6, 8, 12]:
    print(f"[{val:{w}.{prec}f}]")
print(f"[{'mid':{'^'}{width}}]", f"[{val:>{width}.{prec - 1}f}]")
fill = "*"
print(f"[{42:{fill}>{width}}]")
