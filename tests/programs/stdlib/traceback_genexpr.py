# Tracebacks through generator expressions passed straight to a builtin
# (compiled inline): the <genexpr> frame is listed, called from the builtin's
# call; what the builtin itself does with an item (+ in sum, truth in any)
# belongs to the caller's frame, as in CPython.
import traceback

def show():
    for line in traceback.format_exc().splitlines():
        if line.startswith('  File "'):
            line = line.replace(line.split('"')[1], line.split('"')[1].rsplit("/", 1)[-1])
        print(line)

class Falsy:
    def __bool__(self):
        raise ValueError("no truth")

def s(xs):
    return sum(1 / x for x in xs)

def s_add(xs):
    return sum(x for x in xs)

def l(xs):
    return list(int(x) for x in xs)

def t(xs):
    return tuple(x[0] for x in xs)

def j(xs):
    return ", ".join(x.upper() for x in xs)

def a(xs):
    return any(x for x in xs)

def al(xs):
    return all(10 // x for x in xs)

def nested(rows):
    return [sum(1 // v for v in row) for row in rows]

def stop(xs):
    return list(next(iter(x)) for x in xs)

def first_iter(n):
    return sum(x for x in n)

def caught(xs):
    try:
        return sum(1 / x for x in xs)
    except ZeroDivisionError:
        show()
        return -1

def gen_in_try(xs):
    try:
        return max(x.bit_length() for x in xs)
    finally:
        print("finally")

print(caught([2, 0]))
cases = [
    (s, (1, 0)), (s_add, [1, "a"]), (l, ["1", "z"]), (t, [(1,), ()]),
    (j, ["a", 3]), (a, [0, Falsy()]), (al, [1, 0]), (nested, [[1], [0]]),
    (stop, [[1], []]), (first_iter, 7), (gen_in_try, [1, 2.5]),
]
for fn, arg in cases:
    try:
        print(fn(arg))
    except Exception:
        show()

print(sum(x * x for x in range(5)), any(x > 3 for x in range(5)), all(x for x in []))
print("-".join(str(x) for x in range(4)), list(x for x in "ab"), tuple(x for x in ()))
