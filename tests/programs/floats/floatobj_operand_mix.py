# Arithmetic on values typed "float or anything" (floatobj): items of a list
# built as floats, combined with floats, small ints, big ints, bools and
# other objects on either side, for + - * /, including division by zero
# (0.0, 0, False) and signed zeros; each result printed with its type.
from typing import List


class Num:
    def __init__(self, v: float) -> None:
        self.v = v

    def __radd__(self, other: object) -> str:
        return "radd"

    def __rtruediv__(self, other: object) -> str:
        return "rdiv"

    def __mul__(self, other: object) -> str:
        return "mul"


def combine(xs: List[float], ys: List[float]) -> None:
    for i in range(len(xs)):
        a = xs[i]
        b = ys[i]
        for name in ("+", "-", "*", "/"):
            try:
                if name == "+":
                    r = a + b
                elif name == "-":
                    r = a - b
                elif name == "*":
                    r = a * b
                else:
                    r = a / b
                print(name, repr(r), type(r).__name__)
            except Exception as e:
                print(name, type(e).__name__, e)


def running(xs: List[float]) -> None:
    acc = 0.0
    for x in xs:
        try:
            acc = acc + x
            acc = acc * 1.0
            acc = acc / x
        except ZeroDivisionError as e:
            print("zero:", e, acc)
            acc = 0.5
        except TypeError as e:
            print("type:", e)
    print(acc, type(acc).__name__)


xs = [0.0] * 9
ys = [0.0] * 9
vals = [(1.5, 2.0), (3, 0.5), (2.5, 4), (-0.0, 0.0), (1.0, 0), (7, 2), (2**80, 0.5), (True, 2.0), (1.0, False)]
for i, (p, q) in enumerate(vals):
    xs[i] = p
    ys[i] = q
combine(xs, ys)
zs = [0.0] * 2
zs[0] = 2.0
zs[1] = Num(1.0)
ws = [0.0] * 2
ws[0] = Num(2.0)
ws[1] = 3.0
combine(zs, ws)
running([1.0, 2, 0.0, 4.5, -0.0, 3])
running([1.0, "x"])
