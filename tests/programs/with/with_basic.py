# with statements: __enter__/__exit__ order, `as` targets, several items,
# suppression, exceptions from __exit__, return/break/continue in the body.


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("s", True):
    raise ValueError("swallowed")
print("after suppress")

try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

try:
    with CM("outer", True), CM("inner"):
        1 / 0
except ZeroDivisionError:
    print("not reached")
print("outer suppressed inner's error")


def f(n):
    with CM("f"):
        if n:
            return "early"
        print("no return")
    return "late"


print(f(1), f(0))

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with Bad():
        raise ValueError("inner")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

for thing in [5, object()]:
    try:
        with thing:
            pass
    except TypeError as e:
        print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)

# Targets of every kind.
class Box:
    pass


b = Box()
d = {}
with CM("t") as b.attr:
    pass
with CM("u") as d["k"]:
    pass
with CM("vw") as (p, q):
    pass
print(b.attr, d, p, q)

# try/finally around a with, with inside except.
try:
    try:
        with CM("tf"):
            raise IndexError("ix")
    finally:
        print("finally ran")
except IndexError:
    print("IndexError handled")
try:
    raise LookupError("le")
except LookupError:
    with CM("in-except"):
        print("inside except")


def gen_nested():
    with CM("n1") as a:
        with CM("n2") as b:
            return a + b


print(gen_nested())
