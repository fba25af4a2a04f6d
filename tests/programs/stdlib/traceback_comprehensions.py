# Tracebacks through comprehensions: CPython 3.11 runs each as a function of
# its own, so its frame (<listcomp>, <setcomp>, <dictcomp>) is listed.
import traceback

def show():
    for line in traceback.format_exc().splitlines():
        if line.startswith('  File "'):
            line = line.replace(line.split('"')[1], line.split('"')[1].rsplit("/", 1)[-1])
        print(line)

def f(xs):
    return [1 / x for x in xs]

def g(rows):
    return {k: [int(v) for v in vs] for k, vs in rows.items()}

def h(xs):
    return {x // 0 for x in xs if x > 1}

def first_iter(n):
    return [x for x in n]

for fn, arg in ((f, (1, 0)), (g, {"a": ["1", "x"]}), (h, [0, 5]), (first_iter, 5)):
    try:
        fn(arg)
    except Exception:
        show()
try:
    [y.upper() for y in [1]]
except Exception:
    show()
