# isinstance / issubclass against int, str, list, dict and tuple for builtin,
# stdlib and user types, including subclasses made by class statements,
# type(), namedtuple, enums and sys's struct sequences (the subtype test
# against those five classes is a flag test in the runtime).
import enum
import fractions
import decimal
import sys
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class Deeper(MyInt):
    pass


class Mixin:
    pass


class Mixed(Mixin, MyList):
    pass


class Color(enum.IntEnum):
    RED = 1


class Perm(enum.IntFlag):
    R = 4


class Plain:
    pass


Point = namedtuple("Point", "x y")
Dyn = type("Dyn", (dict,), {})
DynPlain = type("DynPlain", (), {})

values = [
    0, 1, 2**100, True, False, 1.5, 1j, "s", b"b", bytearray(b"x"), [], {}, (), set(), frozenset(),
    range(3), None, MyInt(3), MyStr("t"), MyList([1]), MyDict(a=1), MyTuple((1,)), Deeper(4), Mixed(),
    Color.RED, Perm.R, Plain(), Point(1, 2), Dyn(), DynPlain(), OrderedDict(), defaultdict(int), Counter("ab"),
    deque(), fractions.Fraction(1, 3), decimal.Decimal("1.5"),
    sys.flags, sys.version_info, ValueError("x"), KeyError("k"), len, int, str,
    memoryview(b"m"), iter([]), (x for x in ()), object(),
]
classes = [int, str, list, dict, tuple, object]
for v in values:
    row = "".join("1" if isinstance(v, c) else "0" for c in classes)
    print(type(v).__name__, row, "".join("1" if issubclass(type(v), c) else "0" for c in classes))

# A tuple of classes, and the classes themselves as values.
print(isinstance(Color.RED, (str, int)), isinstance("x", (list, dict)), isinstance(MyStr(), (tuple, str)))
print(isinstance(int, type), isinstance(MyInt, type), isinstance(MyInt, int))


# A chain of tests as in a JSON encoder.
def kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (list, tuple)):
        return "array"
    if isinstance(v, dict):
        return "object"
    return "other"


print([kind(v) for v in values])
