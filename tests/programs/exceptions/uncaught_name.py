# Using an unbound global raises NameError.
def f():
    return undefined_name + 1
print("calling")
f()
