# Or-patterns, as-patterns, nesting of every kind, and the evaluation order
# of sub-patterns.


def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit" | "bye"]:
            return "bye"
        case [("look" | "l") as verb, *rest] as whole:
            return f"{verb} {rest} {whole}"
        case []:
            return "nothing"
        case _:
            return "unknown"


for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b", "drop", "exit", "l around", "look", "",
          "dance"]:
    print(repr(c), "->", classify(c))


def numbers(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case [x, y] | (x, y, _) | {"x": x, "y": y}:
            return f"pair {x},{y}"
        case (int() | float()) as num:
            return f"number {num}"
        case str() | bytes():
            return "text"
    return "?"


for v in [2, -5, -2.5, [1, 2], (3, 4, 5), {"x": 7, "y": 8}, 10, 1.25, "s", b"b", None]:
    print(repr(v), "->", numbers(v))


# Order of attribute lookups and comparisons.
class Loud:
    __match_args__ = ("a", "b")

    def __init__(self):
        self._a = 1
        self._b = 2

    @property
    def a(self):
        print("get a")
        return self._a

    @property
    def b(self):
        print("get b")
        return self._b


match Loud():
    case Loud(2, _):
        print("no")
    case Loud(1, 3):
        print("no")
    case Loud(1, 2) as loud:
        print("yes", type(loud).__name__)


# Deep nesting.
tree = ("node", ("leaf", 1), ("node", ("leaf", 2), ("leaf", 3)))


def total(t):
    match t:
        case ("leaf", int(v)):
            return v
        case ("node", left, right):
            return total(left) + total(right)
    raise ValueError(t)


print(total(tree))

# An or-pattern whose alternatives bind names in different orders.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print(n, s)

# as-pattern capturing the subject as a whole with a nested capture.
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
