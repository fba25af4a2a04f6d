# Literal, singleton, capture, wildcard and value patterns, guards and the
# binding rules of match (names bound before a failed guard stay bound).


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return f"other {x!r}"


for v in [0, -1, 1.5, "hello", b"raw", None, True, False, 1, 0.0, 1000, 7, "x", -0.0]:
    print(repr(v), "->", describe(v))


class Color:
    RED = "red"
    GREEN = "green"

    class Inner:
        BLUE = 3


def color(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Color.Inner.BLUE:
            return "B"
        case other:
            return "?" + str(other)


for c in ["red", "green", 3, "blue"]:
    print(color(c))

# A guard that fails leaves the capture bound.
y = "unset"
match 42:
    case y if y < 0:
        print("negative")
    case z:
        print("z =", z, "y =", y)

# Guard evaluation order and side effects.
calls = []


def g(tag, result):
    calls.append(tag)
    return result


match [1, 2]:
    case [a, b] if g("first", False):
        print("no")
    case [a, b] if g("second", True):
        print("yes", a, b)
    case _:
        print("never")
print(calls)


# Equality uses __eq__ (subject on the left).
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return True


match Eq():
    case 5:
        print("matched 5 via __eq__")

# True/False/None compare with `is`.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 == 1")
match 0.0:
    case False:
        print("0.0 is False?")
    case 0:
        print("0.0 == 0")


# Match inside loops, with break/continue and return.
def first_str(items):
    for it in items:
        match it:
            case str():
                return it
            case int() if it < 0:
                break
            case _:
                continue
    return None


print(first_str([1, 2, "a", "b"]))
print(first_str([1, -2, "a"]))
print(first_str([]))

# A match at module level binding globals.
match (1, 2):
    case (p, q):
        pass
print(p, q)


# Captures in a nested function's scope, and closures over them.
def outer(v):
    match v:
        case [h, *t]:
            return lambda: (h, t)
    return lambda: None


print(outer([1, 2, 3])())
print(outer(5)())
