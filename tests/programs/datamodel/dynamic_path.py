# The dynamic path: heterogeneous containers, duck typing, functions in dicts, computed attribute names.
import sys
items = [1, 2.5, "three", [4], (5,), {"six": 6}, None, True, 3 + 0 * 1, b"b"]
for it in items:
    print(type(it).__name__, repr(it), bool(it))
def describe(x):
    if hasattr(x, "__len__"):
        return f"sized {len(x)}"
    if hasattr(x, "__add__"):
        return f"addable {x + x}"
    return "opaque"
print([describe(i) for i in items])

class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
def make_noise(things):
    return [t.speak() for t in things]
print(make_noise([Duck(), Robot(), Duck()]))

ops = {
    "add": lambda a, b: a + b,
    "mul": lambda a, b: a * b,
    "pow": pow,
    "max": max,
}
for name in sorted(ops):
    print(name, ops[name](3, 4), ops[name]("ab" if name == "mul" else 2, 3))

class Config:
    pass
cfg = Config()
for k, v in [("host", "localhost"), ("port", 8080), ("debug", False)]:
    setattr(cfg, k, v)
print({k: getattr(cfg, k) for k in ("host", "port", "debug")})
for k in list(vars(cfg)):
    if k.startswith("p"):
        delattr(cfg, k)
print(vars(cfg))

def accumulate(values):
    acc = values[0]
    for v in values[1:]:
        acc = acc + v
    return acc
print(accumulate([1, 2, 3]), accumulate(["a", "b"]), accumulate([[1], [2]]), accumulate([1.5, 2]))

x = 1
x = "now a string"
x = [x, x]
print(x)
mixed = {1: "int key", "1": "str key", (1,): "tuple key", 1.5: "float key", None: "none key", True: "bool overrides 1"}
print(mixed)
print(sorted([3, 1.5, True, -2]), max("a", "b"), min([[2], [1, 5]]))

class Meta:
    pass
Meta.dynamic_method = lambda self, n: n * 2
m = Meta()
print(m.dynamic_method(21))
m.__class__ = type("Other", (), {"who": lambda self: "other"})
print(m.who(), type(m).__name__)
stack = [1, "two", 3.0]
while stack:
    v = stack.pop()
    print(v * 2)
print(sys.maxsize > 2 ** 31, sys.version_info[0], sys.argv[1:])
def apply_all(fs, v):
    for f in fs:
        v = f(v)
    return v
print(apply_all([str, len, float, lambda q: q * 3], 12345))
