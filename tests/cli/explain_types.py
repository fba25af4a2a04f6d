# ARGS: run --explain-types %s
# --explain-types lists, as notes on stderr, each value that fell back to
# object where a dynamic operation uses it, with the reason; the program
# still builds and runs.


def scale(v: float, k: int) -> float:
    return v * k


def describe(item, factor: int):
    total = 0
    for part in item.parts:
        total = total + part * factor
    return total


class Box:
    def __init__(self, parts):
        self.parts = parts


print(scale(1.5, 4), describe(Box([1, 2, 3]), 2))

# CHECK:STDOUT: 6.0 12
# CHECK:STDERR: explain_types.py:11:1: note: parameter 'item' is object: only parameters annotated int, float or bool of a top-level function or method with a typed clone are unboxed (in describe) [TypeFallback]
# CHECK:STDERR:    11 | def describe(item, factor: int):
# CHECK:STDERR:       | ^
# CHECK:STDERR: explain_types.py:13:5: note: attribute '.parts' is object: only int, str, bool and list attributes of `self` are typed (in plain methods, where a statement reads them before anything that could run user code); the value is object (in describe) [TypeFallback]
# CHECK:STDERR:    13 |     for part in item.parts:
# CHECK:STDERR:       |     ^
# CHECK:STDERR: explain_types.py:13:5: note: an item of an iteration is object: the element type of the iterable is not tracked (in describe) [TypeFallback]
# CHECK:STDERR:    13 |     for part in item.parts:
# CHECK:STDERR:       |     ^
# CHECK:STDERR: explain_types.py:14:9: note: variable 'total' is object: it is assigned values of different types (int, object) (in describe) [TypeFallback]
# CHECK:STDERR:    14 |         total = total + part * factor
# CHECK:STDERR:       |         ^
# CHECK:STDERR: explain_types.py:19:5: note: parameter 'self' is object: the receiver of a method is not typed (in Box.__init__) [TypeFallback]
# CHECK:STDERR:    19 |     def __init__(self, parts):
# CHECK:STDERR:       |     ^
# CHECK:STDERR: explain_types.py:23:1: note: global 'Box' is object: module globals are object (a global may be rebound at any time) (in <module>) [TypeFallback]
# CHECK:STDERR:    23 | print(scale(1.5, 4), describe(Box([1, 2, 3]), 2))
# CHECK:STDERR:       | ^
# CHECK:STDERR: explain_types.py:23:1: note: builtin 'print' is object: a call of this builtin goes through the generic call path (in <module>) [TypeFallback]
# CHECK:STDERR:    23 | print(scale(1.5, 4), describe(Box([1, 2, 3]), 2))
# CHECK:STDERR:       | ^
# CHECK:EXIT: 0
