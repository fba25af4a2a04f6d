# match statements in context: typed loop subjects, class bodies, generators,
# try/except around failing cases, nested matches and string-literal patterns.
def f(n):
    match n % 3:
        case 0:
            return "fizz"
        case 1 | 2 as r:
            return r * 2
    return None


total = 0
for i in range(10):
    r = f(i)
    match r:
        case str(s):
            total += len(s)
        case int(k):
            total += k
print(total)


class C:
    match [1, 2]:
        case [a, b]:
            attr = a + b


print(C.attr, C.a)


def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"


print(list(gen([(1, 2), 3, ("a", "b")])))

try:
    match {"a": [1, 2]}:
        case {"a": [x, y, z]}:
            print("no")
        case {"a": [x, *_]}:
            raise ValueError(x)
except ValueError as e:
    print("caught", e)


def nested_match(v):
    match v:
        case [a, b]:
            match a:
                case int():
                    return "int first"
                case _:
                    return "other first"
    return "no"


print(nested_match([1, 2]), nested_match(["x", 2]), nested_match(1))
match -1.5:
    case -1.5:
        print("neg float")
match "x":
    case "a" "x":
        print("no")
    case "x":
        print("plain x")
