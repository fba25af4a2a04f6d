# Traceback layout: the source line of each frame and the carets under the
# failing expression, as CPython 3.11 prints them (also for uncaught
# exceptions, which use the same printer). Paths are cut to the file name.
import traceback


def show():
    for line in traceback.format_exc().splitlines():
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit("/", 1)[-1])
        print(line)


def attempt(fn):
    try:
        fn()
    except Exception:
        show()
    print("--")


class Box:
    def __init__(self):
        self.items = [1, 2]
        self.mapping = {"a": 1}


box = Box()
zero = 0
none = None
text = "héllo wörld"


def binops():
    a = 1 + 2 * 3 / zero
    return a


def power():
    return 2 ** 3 ** zero // zero


def shifted():
    return (zero)  >> -1


def nested_sub():
    return box.items[0] + box.mapping["b"]


def attr():
    return box.missing_attribute


def call_none():
    return none(1, 2)


def method_call():
    return box.items.index(99)


def whole_line():
    raise ValueError("spans the whole line")


def unicode_line():
    return text + "é" + text[100]


def multi_line():
    return [
        1,
        zero / zero,
    ]


def multi_line_call():
    return max(
        [],
    )


def chained_calls():
    return str(1).split(",")[5]


def slice_sub():
    return box.items[1:2][5]


def tuple_sub():
    return {(1, 2): 3}[1, 3]


def unpack():
    a, b = [1, 2, 3]
    return a


def compare():
    return 1 < "x"


def unary():
    return -none


def aug():
    x = 1
    x += "s"
    return x


def store_sub():
    box.items[10] = 5


def deeper(n):
    if n == 0:
        return {}["deep"]
    return deeper(n - 1)


def lambda_call():
    f = lambda v: v / 0
    return f(1)


def tabbed():
	return zero / zero


for fn in (binops, power, shifted, nested_sub, attr, call_none, method_call, whole_line, unicode_line, multi_line,
           multi_line_call, chained_calls, slice_sub, tuple_sub, unpack, compare, unary, aug, store_sub,
           lambda: deeper(2), lambda_call, tabbed):
    attempt(fn)
