# int(s) and float(s) of an exact str take a front without argument parsing;
# everything else (errors, bases, subclasses, other argument types) must
# behave as before.
vals = ["0", "7", "-12", "+3", "  42\n", "1_000", "007", "-0",
        "123456789012345678901234567890", "-99999999999999999999"]
for v in vals:
    print(repr(v), int(v), type(int(v)).__name__)
fvals = ["0.5", "-1e3", "  2.5  ", "inf", "-Infinity", "nan", "1_0.2_5", "3", "1e400", "-0.0", ".5", "5."]
for v in fvals:
    print(repr(v), float(v), type(float(v)).__name__)

for bad in ["", " ", "1.5", "0x10", "12a", "1__0", "\u0663\u0664"]:
    try:
        print("int ok", int(bad))
    except ValueError as e:
        print("ValueError", e)
for bad in ["", "abc", "1.2.3", "0x1p3", "1e", "\u0663.5"]:
    try:
        print("float ok", float(bad))
    except ValueError as e:
        print("ValueError", e)

print(int("ff", 16), int("0x1F", 0), int("z", base=36), int(3.9), int(-2.5), int(True), int())
print(float(3), float(True), float(), float(" -7 "))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)  # type: ignore
except TypeError as e:
    print("TypeError", e)
try:
    float([])  # type: ignore
except TypeError as e:
    print("TypeError", e)


class MyInt(int):
    pass


class MyFloat(float):
    def __init__(self, x: object) -> None:
        self.src = x


m = MyInt("17")
f = MyFloat("2.25")
print(m, type(m).__name__, m + 1, f, type(f).__name__, f.src, f * 2)


class Num:
    def __int__(self) -> int:
        return 5

    def __float__(self) -> float:
        return 6.5

    def __index__(self) -> int:
        return 5


print(int(Num()), float(Num()))
total = 0
ftotal = 0.0
for i in range(2000):
    total += int(str(i * 7919))
    ftotal += float(str(i) + ".25")
print(total, ftotal)
