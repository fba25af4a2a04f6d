# Loops over lists of instances with float and non-float attributes (the
# shape of the nbody benchmark): layout-specialised regions with word reads
# (`name`), float reads and writes, and classes made twice by one statement.
import math


class Particle:
    def __init__(self, name: str, x: float, v: float, m: float) -> None:
        self.name = name
        self.x = x
        self.v = v
        self.m = m


def advance(ps, dt: float, steps: int) -> None:
    n = len(ps)
    for _ in range(steps):
        for i in range(n):
            a = ps[i]
            for j in range(i + 1, n):
                b = ps[j]
                d = a.x - b.x
                f = dt / (d * d * math.sqrt(d * d) + 1.0)
                a.v -= d * b.m * f
                b.v += d * a.m * f
        for p in ps:
            p.x += dt * p.v


def report(ps) -> None:
    for p in ps:
        label = p.name
        print(label, "%.12f" % p.x, "%.12f" % p.v)


ps = [Particle("p%d" % k, float(k) * 1.5, 0.0, 1.0 + k) for k in range(5)]
advance(ps, 0.01, 200)
report(ps)

# A particle whose velocity became an int, and one whose name is a float.
ps[1].v = 0
ps[2].name = 2.5
advance(ps, 0.01, 3)
report(ps)


def make_class(order):
    if order:
        class C:
            def __init__(self, a: float, b: float) -> None:
                self.a = a
                self.b = b
    else:
        class C:
            def __init__(self, a: float, b: float) -> None:
                self.b = b
                self.a = a
    return C


def mix(objs) -> float:
    t = 0.0
    for o in objs:
        t += o.a * 2.0 - o.b
        o.a = o.b + 1.0
    return t


objs = [make_class(k % 2 == 0)(float(k), float(k * k)) for k in range(6)]
print(mix(objs), mix(objs))
print([(o.a, o.b) for o in objs])
