# Mapping patterns: key lookup (extra keys allowed), value patterns as keys,
# **rest, nesting, dict subclasses and their get(), and non-mappings.


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": 1},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "mod": "shift", "repeat": 2},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))


class Keys:
    A = "a"
    B = 2


match {"a": 1, 2: "two", 3: "three"}:
    case {Keys.A: 1, Keys.B: v, **others}:
        print("value keys", v, others)

match {1: "int key", "x": None}:
    case {1: s, "x": None}:
        print("literal keys", s)

match {True: "t"}:
    case {1: v}:
        print("1 finds True", v)


class Tracking(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)


match Tracking(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("no z")
    case {"a": 1, "c": c, **rest}:
        print("tracking", c, rest, type(rest).__name__)


class Defaulting(dict):
    def get(self, key, default=None):
        return "always"


match Defaulting():
    case {"anything": v}:
        print("len check first: should not print")
    case {}:
        print("empty Defaulting matches {}")
match Defaulting(x=1):
    case {"anything": v}:
        print("Defaulting.get says", v)

# **rest is a fresh dict; the subject is untouched.
d = {"k": 1, "m": 2}
match d:
    case {"k": _, **rest}:
        rest["new"] = 3
        print(rest, d)

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": host, "ports": [first, *more]}, "debug": True}:
        print(host, first, more)
