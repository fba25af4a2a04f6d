# A for loop over an exact list, tuple or dict keeps its iterator in the frame (no heap object): growth and shrinking during the loop, list subclasses with __iter__, nested loops over one list, recursion, exceptions, generators.
class L(list):
    def __iter__(self):
        yield "custom"

def f(xs):
    out = []
    for x in xs:
        out.append(x)
        if len(xs) < 6:
            xs.append(len(xs))
    return out

def nested(a):
    t = 0
    for x in a:
        for y in a:
            if y > x:
                break
            t += x * y
    return t

def rec(xs, d):
    s = 0
    for x in xs:
        s += x
        if d > 0:
            s += rec(xs, d - 1)
    return s

def raising(xs):
    try:
        for x in xs:
            if x == 2:
                raise ValueError(x)
    except ValueError as e:
        return "caught %s" % e

def gen(xs):
    for x in xs:
        yield x * 2

def shrink(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if xs:
            xs.pop()
    return seen

print(f([1, 2]), f(L([1])), nested([1, 2, 3]), rec([1, 2, 3], 3), raising([1, 2, 3]))
print(list(gen([1, 2, 3])), shrink([1, 2, 3, 4, 5]), sum(x for x in [4, 5]))
for i in range(3):
    for x in [i, i + 1]:
        pass
print(x)
def keys(d):
    out = []
    for k in d:
        out.append(k)
    return out

def mutate(d):
    try:
        for k in d:
            d[k + "x"] = 1
    except RuntimeError as e:
        return str(e)

def tup(t):
    s = 0
    for x in t:
        for y in t:
            s += x * y
    return s

class D(dict):
    def __iter__(self):
        return iter(["sub"])

def same_size_change(d):
    out = []
    for k in d:
        out.append(k)
        if k == "a":
            del d["b"]
            d["z"] = 9
    return out

print(keys({"a": 1, "b": 2}), keys(D(a=1)), keys({}), mutate({"a": 1}), tup((1, 2, 3)), tup(()))
print(same_size_change({"a": 1, "b": 2, "c": 3}), keys("abc"), keys(range(3)), keys({1, 2}))
