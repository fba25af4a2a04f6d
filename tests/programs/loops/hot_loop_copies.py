# Loops whose float accumulator is a float on every fast path (decision
# 0073): the compiled loop runs a copy of its fast paths first and continues
# in the full loop at the first slow path. Each case takes a slow path at a
# different point (first, middle and last iteration, never), with the
# accumulator and the loop's other values used after the loop, a break, an
# exception raised in the slow part, and a loop run again after it.
from typing import List


class Weird:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return Weird(self.v * other)

    def __rmul__(self, other):
        return Weird(other * self.v)

    def __radd__(self, other):
        return Weird(other + self.v)

    def __add__(self, other):
        return Weird(self.v + other)

    def __repr__(self):
        return "Weird(%r)" % (self.v,)


def dot(a: List[float], b: List[float], n: int) -> float:
    acc = 0.0
    for i in range(n):
        acc += a[i] * b[i]
    return acc


def weighted(src: List[float], n: int) -> float:
    acc = 0.0
    for j in range(n):
        acc += (1.0 / (j + 1)) * src[j]
    return acc


def until_negative(xs: List[float]) -> tuple:
    acc = 0.0
    count = 0
    for i in range(len(xs)):
        if xs[i] < 0:
            break
        acc += xs[i]
        count += 1
    return acc, count


def checked(xs: List[float]) -> float:
    acc = 0.0
    for i in range(len(xs)):
        acc += 10.0 / xs[i]
    return acc


def run(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


n = 40
fa = [0.5] * n
fb = [2.0] * n
run("floats", dot, fa, fb, n)
mixed = [0.5] * n
mixed[0] = 3
run("int first", dot, mixed, fb, n)
mixed = [0.5] * n
mixed[20] = 10**30
run("big int middle", dot, mixed, fb, n)
mixed = [0.5] * n
mixed[n - 1] = True
run("bool last", dot, mixed, fb, n)
objs = [0.25 * k for k in range(n)]
run("object list", dot, objs, fb, n)
w = [1.5] * n
w[7] = Weird(2)
run("weird", weighted, w, n)
w = [1.5] * n
w[3] = "x"
run("str", weighted, w, n)
run("zero length", weighted, [], 0)
run("again", dot, fa, fb, n)

vals = [1.0] * 30
vals[25] = -1.0
run("break", until_negative, vals)
vals = [1.0] * 30
vals[10] = 2**70
vals[25] = -1.0
run("big then break", until_negative, vals)
vals = [1.0] * 30
run("no break", until_negative, vals)

ds = [2.0] * 20
run("divide", checked, ds)
ds[12] = 0.0
run("divide by zero", checked, ds)
ds[12] = 0
run("divide by int zero", checked, ds)
ds[12] = 4
run("divide by int", checked, ds)


# Int loops whose fast results have a known tag (decision 0073): the copy
# runs until a product or sum leaves the small ints, the rest runs in the
# original loop with big ints.
def steps_to_one(n: int) -> int:
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n = n >> 1
        steps += 1
    return steps


def peak(n: int) -> int:
    top = n
    while n != 1:
        if n % 2 == 1:
            n = 3 * n + 1
            if n > top:
                top = n
        else:
            n = n // 2
    return top


for start in (27, 97, 2**61 - 1, 2**62 + 1, 3**40, 2**64 + 7):
    print("collatz", start, steps_to_one(start), peak(start))


def gaps(flags: List[bool]) -> tuple:
    last = -1
    widest = 0
    for k in range(len(flags)):
        if flags[k]:
            if last >= 0:
                gap = k - last
                if gap > widest:
                    widest = gap
            last = k
    return last, widest


marks = [False] * 50
for k in (3, 10, 11, 30, 47):
    marks[k] = True
print("gaps", gaps(marks))
marks[20] = 1
print("gaps int flag", gaps(marks))
