# f-string self-documenting expressions, conversions and nested specs.
x = 5
name = "bob"
w, p = 10, 3
print(f"{x=}", f"{x = }", f"{name!r}", f"{x:{x}d}|", f"{x*2=:>5}", f"{name=!s}", f"{name = !r:>8}")
print(f"{3.14159:{w}.{p}f}|", f"{'nested':{'^'}{w}}|", f"{x:{'+' if x else '-'}}")
print(f"{[1, 2]=}", f"{x if x else 0=}", f"{{x}}", f"{x!a:>3}")
