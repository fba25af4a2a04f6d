# repr(), int() and float() of one argument: the builtins' own results,
# their errors, subclasses, and the names rebound.
import builtins


class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)


class MyFloat(float):
    pass


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3

    def __repr__(self):
        return "<Num>"


values = [0, -5, 2 ** 70, 1.5, -0.0, float("inf"), "12", " 42 ", "1_000", "3.25", "nan",
          True, MyInt(4), MyFloat(1.25), Num(), None, [1], (2,), b"9"]
for v in values:
    print("repr", repr(v))
    for f in (int, float):
        try:
            r = f(v)
            print(f.__name__, type(r).__name__, r)
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

total = 0
for s in ["1", "22", "333", "-4"]:
    total += int(s)
print(total, float("1e3") + float(2), repr(1 / 3))


def shadow() -> None:
    int = str
    float = len
    repr = lambda x: "r"
    print(int(5), float("abc"), repr(1))


shadow()
builtins.repr = lambda x: "patched"
print(repr(10))

# Bytes-like text, with and without a base.
for v in [b"x", bytearray(b"x"), b" 12 ", bytearray(b"1_0"), memoryview(b"77"), b"\xff"]:
    for f in (int, float):
        try:
            print(f.__name__, repr(f(v)))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(int(b"ff", 16), int(bytearray(b"z"), 36))
for bad in [(memoryview(b"ff"), 16), (b"fg", 16), ([1], 2)]:
    try:
        int(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
