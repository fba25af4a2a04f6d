# Plain f-string substitutions.
name = "Ada"
age = 36
pi = 3.14159
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {age + 1} {pi}")
print(f"{{literal braces}} {age}")
print(f"{[1, 2]} {(1, 'a')} {None} {True}")
print(f"{'nested quotes'} {len(name)}")
