# Conversion dunders: __index__, __int__, __float__, __round__, __trunc__, __floor__, __ceil__, __format__, __bytes__, __str__ vs __repr__.
import math
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(i), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), int(i))
print("ab" * Idx(3), [0] * Idx(2), operator_free := 5 + 0)
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return f"round {n}"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __complex__(self):
        return "complex-ish"
n = Num()
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __bytes__(self):
        return b"bytes-form"
fm = Fmt()
print(format(fm), format(fm, "x>10"), f"{fm}", f"{fm:spec}", f"{fm!r}", f"{fm!s}", str(fm), repr(fm), bytes(fm))
print("{} {!r} {:abc}".format(fm, fm, fm), [fm], (fm,), {"k": fm})
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), OnlyRepr(), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
try:
    [1]["a"]
except TypeError as e:
    print(e)
try:
    int(object())
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
class HashInt:
    def __hash__(self):
        return 2 ** 70
print(hash(HashInt()) == hash(2 ** 70))
class Bool:
    def __bool__(self):
        return 1
try:
    bool(Bool())
except TypeError as e:
    print(e)
print(round(2.675, 2), round(-0.5), round(1.5), round(25, -1), round(35, -1), math.floor(-2.5), math.ceil(-2.5))
print(int(3.9), int(-3.9), int("  42 "), int("0x1f", 16), int("0b101", 0), int("1_000"), float("1e3"), float(" -inf "))
