# Functions as first-class values.
def apply_twice(f, x):
    return f(f(x))

def inc(x):
    return x + 1

ops = {"inc": inc, "double": lambda x: x * 2, "neg": lambda x: -x}
for name in ["inc", "double", "neg"]:
    print(name, apply_twice(ops[name], 5))
fns = [inc, abs, str, len]
print([type(f(-3 if f is not len else "abc")).__name__ for f in fns])
print(inc.__name__, (lambda: 0).__name__)
