# Sequence patterns: fixed length, stars (named and wildcard), nesting, and
# which types count as sequences (list, tuple, range; not str/bytes/dict).


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], (4, 5, 6, 7), [1, 9, 1], range(5), range(0), "ab", b"xy", {1: 2}, {1, 2}, 5]:
    print(repr(v), "->", shape(v))


def heads(x):
    match x:
        case [*init, 0]:
            return ("ends in zero", init)
        case [0, *rest]:
            return ("starts with zero", rest)
        case [*everything]:
            return ("all", everything)
    return None


print(heads([1, 2, 0]))
print(heads((0, 1, 2)))
print(heads([0]))
print(heads(()))
print(heads(range(3)))
print(heads("abc"))


def nested(x):
    match x:
        case [(a, b), [c, [d, *e]]]:
            return a, b, c, d, e
        case [[_, _], _]:
            return "pair first"
        case ([x1, y1], (x2, y2)):
            return "points", x1 + x2, y1 + y2
    return "no"


print(nested([(1, 2), [3, [4, 5, 6]]]))
print(nested([[1, 2], 3]))
print(nested(((1, 2), (3, 4))))
print(nested([[1, 2, 3], 3]))


class MyList(list):
    pass


class MyTuple(tuple):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("MyList", a, b)
match MyTuple((3,)):
    case (a,):
        print("MyTuple", a)
match (1, 2, 3):
    case [1, 2, 3]:
        print("tuple matched a list pattern")
match [1, 2, 3]:
    case (1, *rest):
        print("list matched a tuple pattern", rest)

# Star captures are always lists.
match (1, 2, 3):
    case (a, *rest):
        print(type(rest).__name__, rest)

# Iterators and generators are not sequences.
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?")
    case _:
        print("iterator is not a sequence")

# With a `*_` the items around it are fetched by index (negative after the
# star), so a long subject is not copied; bool lists and ranges too.
match [True, False, False, True]:
    case [a, *_, b]:
        print("bools", a, b)
match range(10, 100, 7):
    case [a, b, *_, y, z]:
        print("range ends", a, b, y, z)
match MyList(range(1000)):
    case [a, *_, z] if z > 900:
        print("MyList ends", a, z)
match (1, 2):
    case [a, *_, b, c]:
        print("too short for three?")
    case [*_, b, c]:
        print("star first", b, c)
