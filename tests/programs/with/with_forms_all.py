# with statements: several items, nesting, suppression, __enter__ results, exceptions in __enter__, order of exits.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("propagates through inner, stopped by outer")
print("continued")
def early_return():
    with CM("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), FailEnter():
        print("never body")
except RuntimeError as e:
    print("caught", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
with CM("tuple-target") as (x, *y):
    print(x, y)
class Obj:
    pass
o = Obj()
with CM("attr-target") as o.value:
    pass
print(o.value)
d = {}
with CM("item-target") as d["k"]:
    pass
print(d)
class Counting:
    count = 0
    def __enter__(self):
        Counting.count += 1
        return self
    def __exit__(self, *exc):
        Counting.count -= 1
        return False
def deep(n):
    if n == 0:
        return Counting.count
    with Counting():
        return deep(n - 1)
print(deep(5), Counting.count)
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    raise KeyError("suppressed by truthy return")
print("done")
