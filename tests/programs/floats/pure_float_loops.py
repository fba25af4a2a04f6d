# Float arithmetic whose operands are always floats (float slots, float
# parameters, float literals, accumulators of such values) next to the same
# code reached with ints and objects: results, division by zero inside a
# loop, negation and comparisons must match CPython whichever path runs.


class P:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y


def energy(ps: list, dt: float) -> float:
    e = 0.0
    for i in range(len(ps)):
        a = ps[i]
        for j in range(i + 1, len(ps)):
            b = ps[j]
            dx = a.x - b.x
            dy = a.y - b.y
            d2 = dx * dx + dy * dy
            e -= dt / d2
            a.x += dx * dt
            b.y = -b.y
    return e


def accumulate(n: int, step: float) -> float:
    acc = 0.0
    k = 1.0
    while k < n:
        acc += k * step - acc / 3.0
        k += 1.0
        if acc > 1e6:
            acc = -acc
    return acc


def mixed(xs: list) -> object:
    acc = 0.0
    for x in xs:
        acc = acc + x * 2.0
    return acc


class Half:
    def __rmul__(self, other):
        return "rmul(%r)" % (other,)


ps = [P(float(i), float(i * i) / 7.0) for i in range(6)]
print("%.12f" % energy(ps, 0.01))
print(["%.6f %.6f" % (p.x, p.y) for p in ps])
print(accumulate(50, 0.5), accumulate(2, 0.25))
print(mixed([1.5, 2, 3.25]), mixed([1, 2, 3]), mixed([True, 2.5]))
try:
    mixed([1.0, Half()])
except TypeError as e:
    print("TypeError", e)

same = [P(1.0, 2.0), P(1.0, 2.0)]
try:
    energy(same, 0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(same[0].x, same[1].y)


def neg_cmp(a: float, b: float) -> list:
    out = []
    x = a
    for _ in range(4):
        x = -x * b
        out.append(x < a)
        out.append(x == -a * b)
    return out


print(neg_cmp(1.5, 2.0), neg_cmp(-0.0, 0.0))
print(accumulate(3, float("nan")), accumulate(3, float("inf")))
