# Generators: send, throw, close, return values through StopIteration and yield from, generator expressions.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as s:
    print("returned", s.value)

def delegate():
    r = yield from accumulator()
    print("inner returned", r)
    yield "after"
d = delegate()
print(next(d), d.send(1), d.send(2), d.send(None))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("closed after exception")

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
cl = closer()
next(cl)
cl.close()
cl.close()
print(list(cl))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def inner():
    yield 1
    return "inner-value"
def outer():
    v = yield from inner()
    yield v
print(list(outer()))

def stop_in_gen():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "default"))
print(g.__name__ if hasattr(g, "__name__") else "", type(fib).__name__)
def running():
    yield gr.gi_running
gr = running()
print(next(gr), gr.gi_running)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(zip(count_up := iter(range(100)), "abc")), next(count_up))
