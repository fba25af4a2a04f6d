# Scope corner cases: comprehension scopes, walrus targets, class bodies, global/del, shadowed builtins.
x = 10
def uses_global():
    return [x + i for i in range(3)]
print(uses_global())
class C:
    x = 5
    ys = [x for _ in range(2)]
    zs = [i * 2 for i in range(x)]
    def meth(self):
        return x
print(C.ys, C.zs, C().meth())
def walrus_scope():
    data = [1, 2, 3, 4]
    evens = [y for v in data if (y := v * 10) > 15]
    return evens, y
print(walrus_scope())
print([[j for j in range(i)] for i in range(4)])
print({i: [k for k in range(i) if k % 2] for i in range(5)})
def counter():
    global tally
    tally = tally + 1 if "tally" in globals() else 1
    return tally
counter(); counter()
print(tally)
z = 1
del z
try:
    print(z)
except NameError as e:
    print(e)
def shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow(), len("abc"))
list = list
print(list("ab"))
del list
print(list("cd"))
def outer():
    items = []
    def add(v):
        items.append(v)
    for i in range(3):
        add(i)
    return items
print(outer())
def deleted_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleted_local())
g = (i * i for i in range(3))
i = "unchanged"
print(list(g), i)
def default_eval():
    vals = []
    for n in range(3):
        def f(a=n):
            return a
        vals.append(f)
    return [f() for f in vals]
print(default_eval())
lam = [lambda: k for k in range(3)]
print([f() for f in lam])
for idx, (a, *b) in enumerate([(1, 2, 3), (4, 5)]):
    print(idx, a, b)
else:
    print("for-else ran")
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while-else ran", n)
class Outer:
    val = "outer class"
    class Inner:
        try:
            v = val
        except NameError as e:
            v = "NameError: " + str(e)
print(Outer.Inner.v)
def nonlocal_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 5
        l2()
        return a
    return l1(), a
print(nonlocal_chain())
