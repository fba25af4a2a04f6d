# Functions that run once (decision 0046): main and what it calls outside
# loops are compiled as cold code (unoptimised, runtime calls out of line).
# Their results, exceptions, tracebacks and typed parameters must not change,
# and a function also called from a loop, passed as a value or recursive stays
# optimised (same output either way).
import traceback


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y


def setup(n: int, scale: float) -> list:
    # Typed clone, runs once: int and float arithmetic unboxed in cold code.
    a = n * 3 + 1
    b = a // 2 - n % 7
    c = scale * a / 4.0
    pts = [Point(1.5, -2.0), Point(float(a), c)]
    return [a, b, c, -a, a << 3, pts[1].x + pts[0].y, str(b) + "!", (a, b) == (a, b)]


def fails(x: int) -> int:
    # Runs once and raises: the traceback names this frame and line.
    d = {"k": x}
    return d["missing"] + x


def catches() -> str:
    try:
        fails(3)
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return "caught %r in %s" % (e, [f.name for f in tb])
    return "no"


def helper(v):
    return v * 2


def looped(k: int) -> int:
    return k + 1


def recursive(n: int) -> int:
    return 1 if n <= 1 else n * recursive(n - 1)


def as_value(v):
    return v - 1


def deep(n: int) -> int:
    return deep(n + 1)


def main() -> None:
    print(setup(5, 2.5))
    print(catches())
    print(helper(21), helper("ab"))
    total = 0
    for i in range(5):
        total += looped(i)
    print(total)
    print(recursive(10))
    print(list(map(as_value, [1, 2, 3])))
    g = helper
    print(g(4))
    try:
        deep(0)
    except RecursionError:
        print("recursion limit")
    x = 2 ** 70
    print(x * 3, -x // 7, 7.0 / 2, 1e300 * 1e10)
    s = "abc"
    print(s[1], s * 2, "b" in s, s == "abc", s < "abd")
    try:
        fails(1)
    except KeyError as e:
        for f in traceback.extract_tb(e.__traceback__):
            print(f.name, f.lineno, f.line)


if __name__ == "__main__":
    main()
