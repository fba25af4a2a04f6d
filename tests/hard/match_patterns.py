"""Every kind of match-statement pattern (literal, capture, wildcard, value,
group, sequence, mapping, class, or, as, star), guards, soft keywords used as
ordinary names, and subject forms."""
match command:
    case 0 | 1 | -1 | 1.5 | -2.5 | 1j | -1j | 1 + 2j | -1 - 2j | 0x10 | 0o7 | 0b1:
        pass
    case "str" | b"bytes" | "implicit" "concat":
        pass
    case None | True | False:
        pass
    case x if x:
        pass
    case _:
        pass
match point:
    case Color.RED | mod.sub.CONST:
        pass
    case (x) if x:
        pass
    case (x, y) | [x, y] | (x, y,):
        pass
    case x, y if y:
        pass
    case () | []:
        pass
    case (x,) | [x,]:
        pass
    case [x, *rest] | [*rest, x]:
        pass
    case [*_, x, y] | (*_, x, y):
        pass
    case (*_,):
        pass
    case {}:
        pass
    case {"key": value, 1: one, Color.RED: red, None: n, -1: m, **rest}:
        pass
    case {"a": [1, 2, {"b": (c, d)}]}:
        pass
    case Point():
        pass
    case Point(x, y) | Point(x=x, y=y) | Point(1, y=[x, y]):
        pass
    case Point(x=0, y=0) | mod.Point(x=[1, 2]):
        pass
    case Point(x=Point(y=z)) if z > 0:
        pass
    case [Point(x=0, y=0) as origin, *others] as whole if origin and whole:
        pass
    case (1 | 2 | 3) as n:
        pass
    case str() | bytes() | int() as v:
        pass
    case {**rest} if rest:
        pass
    case [[[[deep]]]]:
        pass
    case -0 | -0.0 | 1_000 | 0.5e-3:
        pass
match x, y:
    case a, b:
        pass
match *xs, y:
    case _: pass
match (x):
    case _: pass
match -x:
    case _: pass
match {x: y}:
    case _: pass
match await_(x) if c else d:
    case _: pass
match = 1
case = 2
_ = match + case
match.attr = 3
match[0] = 4
match(x)
print(match, case)
type = 5
def match(): pass
class case: pass
