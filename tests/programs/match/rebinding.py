# Names bound by patterns rebind module functions, imports and globals (no
# direct call to the old def), and typed locals beside captures.
def f():
    return "original"


def twice(x):
    return x * 2


match [lambda: "replaced", 5]:
    case [f, n]:
        pass
print(f(), twice(n))

match {"twice": 0, "k": lambda x: x + 1}:
    case {"twice": 0, **rest}:
        pass
print(twice(3), rest["k"](1))

match (lambda x: -x,):
    case (twice,):
        pass
print(twice(4))


import math

match [1]:
    case [math]:
        pass
print(math)


def h(v):
    total = 0
    for i in range(5):
        match (i, v):
            case (0, _):
                total += 1
            case (k, str(s)):
                total += k * len(s)
            case (k, int(n)) if n > 0:
                total += k + n
    return total


print(h("ab"), h(3), h(-1))


def counter(x: int) -> int:
    n = 0
    match x:
        case 0:
            n = 10
        case 1 | 2:
            n = 20
        case big:
            n = big + 1
    return n * 2


print(counter(0), counter(2), counter(41))
