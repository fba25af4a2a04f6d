# Class patterns: __match_args__ positional sub-patterns, keyword
# sub-patterns, missing attributes, inheritance, the builtin types that match
# themselves with one positional sub-pattern, and isinstance semantics.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(x, y, z=z) if z > 0:
            return f"above at {x},{y},{z}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(center=Point(cx, cy), radius=r):
            return f"circle at {cx},{cy} r={r}"
        case Circle(radius=r):
            return f"circle r={r}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3),
          Circle(Point(1, 1), 4), Circle((0, 0), 2), 17]:
    print(where(s))


# Missing attributes make the pattern fail (no error).
class Partial:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1


match Partial():
    case Partial(a, b):
        print("has b?")
    case Partial(a):
        print("only a", a)


# Builtin types match themselves with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case object():
            return f"object {type(v).__name__}"


for v in [True, 3, 2.5, "s", b"b", [9, 8], [], (1, 2), {"k": 1}, {"j": 2}, {1, 2}, frozenset(), None, Point(1, 1)]:
    print(kind(v))


class MyList(list):
    pass


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyList([7]):
    case MyList(n):
        print("MyList self", n, type(n).__name__)
match MyStr("abc"):
    case MyStr(u):
        print("MyStr via __match_args__", u)
match 3:
    case int(real=r, imag=0):
        print("keyword attributes of int", r)


# Properties and __getattr__ are used for attributes.
class Lazy:
    __match_args__ = ("value",)

    def __getattr__(self, name):
        if name == "value":
            return 42
        raise AttributeError(name)


match Lazy():
    case Lazy(v):
        print("lazy", v)
match Lazy():
    case Lazy(other=o):
        print("no other")
    case Lazy():
        print("no attribute other")


# isinstance with __instancecheck__ on a metaclass.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)


class Anything(metaclass=Meta):
    pass


match 5:
    case Anything():
        print("5 is an Anything")
match "5":
    case Anything():
        print("no")
    case _:
        print("'5' is not an Anything")


# Dataclass-like classes with __match_args__ built dynamically.
class Record:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


Record.__match_args__ = ("name", "age")
match Record(name="ann", age=30):
    case Record(n, a):
        print(n, a)
