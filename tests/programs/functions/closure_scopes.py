# Closures, nonlocal, global, late binding, class scopes, comprehension scopes.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None if hasattr(inc, "__closure__") else True)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])

total = 0
def add(x):
    global total
    total += x
add(3); add(4)
print(total)

def make_adders():
    return {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
a = make_adders()
print(a["one"](5), a["ten"](5))

x = "global"
class Scope:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(Scope.y, Scope().m())

def outer():
    v = 1
    def mid():
        def inner():
            return v
        return inner
    v = 2
    return mid()()
print(outer())

def gen_closure():
    vals = []
    for i in range(3):
        def f(i=i):
            vals.append(i)
        f()
    return vals
print(gen_closure())

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 5
    return inner()
print(free_unbound())
try:
    undefined_name
except NameError as e:
    print(e)
def nl():
    a = 1
    def b():
        nonlocal a
        a = [a, a]
    b(); b()
    return a
print(nl())
y = 10
def shadow():
    y = 20
    def g():
        global y
        return y
    return g()
print(shadow())
print([(i, j) for i in range(3) for j in range(i)], {k: v for k, v in zip("ab", "xy")}, sorted({c for c in "hello"}))
i = "outer i"
[i for i in range(5)]
print(i)
