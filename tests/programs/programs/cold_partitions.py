# A module big enough to be split into partitions (decision 0042), whose
# cold code lands in partitions of its own (decision 0078): generic bodies
# of functions with typed clones, called here with other types in loops,
# and module-level and run-once code, compiled without optimisation. The
# uncaught exception at the end is raised from run-once code.


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y


def poly(a: float, b: float, k: int) -> float:
    s = a
    for i in range(k):
        s = s * 0.5 + b - i * 0.25
    return s


def mix(a: int, b: int) -> int:
    return (a * 31 + b) % 1000003


def describe(v: object) -> str:
    if isinstance(v, Vec):
        return "Vec(%.3f, %.3f)" % (v.x, v.y)
    if isinstance(v, float):
        return "float %.4f" % v
    if isinstance(v, int):
        return "int %d" % v
    return "other %r" % (v,)


def walk(items: list) -> int:
    total = 0
    for i, it in enumerate(items):
        if isinstance(it, int):
            total += mix(it, i)
        elif isinstance(it, float):
            total += int(poly(it, 1.5, 3))
        elif isinstance(it, str):
            total += len(it) * (i + 1)
        else:
            total -= 1
    return total


def build_table(n: int) -> dict:
    table = {}
    for i in range(n):
        key = "k%03d" % i
        table[key] = [i, i * 0.5, str(i), (i, -i)]
    return table


def summarize(table: dict) -> str:
    parts = []
    for key, row in table.items():
        if row[0] % 7 == 0:
            parts.append("%s:%s" % (key, row[2]))
    return ",".join(parts)


def setup() -> list:
    # Runs once and has no loop: compiled as code that runs once.
    a = Vec(1.0, 2.0)
    b = Vec(0.5, -1.5)
    c = a.add(b).scale(2.0)
    print(describe(a), describe(b), describe(c), a.dot(b))
    print(describe(3), describe(2.5), describe("x"), describe(None))
    print(mix(7, 11), poly(1.0, 2.0, 5))
    return [3, 4.5, "abc", None, 10, 0.25, "z", 99]


def checks(values: list) -> None:
    # Generic bodies: the typed clones are (float, float, int) and
    # (int, int); these calls pass list items of other types.
    acc = 0.0
    for v in values:
        if v is not None and not isinstance(v, str):
            acc += poly(v, v, 4)
    print("generic poly %.6f" % acc)
    ints = 0
    for v in values:
        if isinstance(v, (int, float)):
            ints += int(mix(v, 2))
    print("generic mix", ints)


def fail_late(values: list) -> None:
    # Run once: raises through two frames of code that runs once.
    print("about to fail", len(values))
    inner(values)


def inner(values: list) -> None:
    print(values[len(values)])


values = setup()
print("walk", walk(values))
table = build_table(40)
print(summarize(table))
checks(values)
vs = [Vec(float(i), float(-i)) for i in range(10)]
total = Vec(0.0, 0.0)
for v in vs:
    total = total.add(v.scale(0.5))
print(describe(total), total.dot(Vec(1.0, 1.0)))
fail_late(values)
print("not reached")
