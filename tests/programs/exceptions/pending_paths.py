# Exceptions propagating between compiled functions by return (decision
# 0017): direct calls, calls through function objects, methods, typed
# clones, missing keys and indexes, chaining, re-raises, finally, generators.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class BadInit(Exception):
    def __init__(self):
        raise ValueError("init failed")


def leaf(x: int) -> int:
    if x < 0:
        raise AppError(x, "negative")
    return x * 2


def middle(x: int) -> int:
    return leaf(x) + 1


def top(x: int) -> int:
    try:
        return middle(x)
    except AppError as e:
        return e.code * 100


print(top(3), top(-2))


def call_through(f, x):
    return f(x)


try:
    call_through(middle, -7)
except AppError as e:
    print("through", e.code, e)

# Missing keys and indexes: dict, list, tuple, str, negative indexes.
d = {"a": 1}
for container, key in [(d, "b"), ([1, 2], 5), ([1, 2], -3), ((1,), 1), ("ab", 2), ("ab", -3), ([1, 2], -1)]:
    try:
        print("got", container[key])
    except (KeyError, IndexError) as e:
        print(type(e).__name__, repr(e))


class Missing(dict):
    def __missing__(self, key):
        return key * 2


print(Missing()[21])

# Chaining: a KeyError raised while handling another exception.
try:
    try:
        raise AppError(1, "first")
    except AppError:
        d["zz"]
except KeyError as e:
    print("context", type(e.__context__).__name__, e.__context__)

# raise from, and from None
try:
    try:
        [][0]
    except IndexError as e:
        raise AppError(2, "wrapped") from e
except AppError as e:
    print("cause", type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        d["q"]
    except KeyError:
        raise AppError(3, "hidden") from None
except AppError as e:
    print("cause none", e.__cause__, e.__suppress_context__)

# An except clause that does not match re-propagates.
def no_match():
    try:
        leaf(-1)
    except KeyError:
        print("wrong clause")


try:
    no_match()
except AppError as e:
    print("propagated", e.code)

# Instantiating the exception raises.
try:
    raise BadInit
except ValueError as e:
    print("instantiation", e)

# Raising something that is not an exception.
try:
    raise 42
except TypeError as e:
    print("TypeError", e)

# Bare raise with nothing active.
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)


# finally runs on the pending path and can swallow with return.
def fin(x):
    try:
        return leaf(x)
    finally:
        print("finally", x)


def swallow():
    try:
        leaf(-5)
    finally:
        return "swallowed"


print(fin(2))
try:
    fin(-2)
except AppError:
    print("after finally")
print(swallow())


# Re-raise from a handler keeps working; nested handlers.
def rethrow():
    try:
        leaf(-9)
    except AppError:
        raise


try:
    rethrow()
except AppError as e:
    print("rethrown", e.code)


# Generators: raise mid-iteration, StopIteration turned into RuntimeError,
# exceptions thrown in, errors before the first yield.
def gen(n):
    for i in range(n):
        if i == 2:
            raise AppError(i, "in gen")
        yield leaf(i)


try:
    for v in gen(5):
        print("gen", v)
except AppError as e:
    print("gen error", e.code)


def stops():
    yield 1
    raise StopIteration


try:
    print(list(stops()))
except RuntimeError as e:
    print("RuntimeError", e)


def catches():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + str(e)


g = catches()
next(g)
print(g.throw(KeyError("thrown")))


def early(x):
    d = {}
    v = d[x]
    yield v


g = early("k")
try:
    next(g)
except KeyError as e:
    print("early", e)
try:
    next(g)
except StopIteration:
    print("finished")


# Deep recursion through direct calls, caught at the top.
def down(n: int) -> int:
    if n == 0:
        return {}["bottom"]
    return down(n - 1) + 1


try:
    down(50)
except KeyError as e:
    print("deep", e)


# A method and a lambda raising through tp_call.
class Box:
    def __init__(self, items):
        self.items = items

    def get(self, i):
        return self.items[i]


b = Box([1])
for f in (b.get, lambda i: b.items[i], Box.get):
    try:
        print(f(b, 3) if f is Box.get else f(3))
    except IndexError as e:
        print("IndexError", e)

# Many raises in a loop (the pending global must be clear afterwards).
total = 0
for i in range(1000):
    try:
        total += d[str(i % 3)] if i % 3 else leaf(-i)
    except (KeyError, AppError) as e:
        total += 1
print("total", total)


# Bound methods called with keywords and defaults, classmethods and
# staticmethods, raising through the call.
class Stack:
    def __init__(self):
        self.items = []

    def pop(self, default=None, *, strict=True):
        if not self.items and strict:
            raise IndexError("pop from empty Stack")
        return self.items.pop() if self.items else default

    @classmethod
    def make(cls, n):
        if n < 0:
            raise ValueError("negative size")
        return cls()

    @staticmethod
    def check(x):
        if x is None:
            raise TypeError("None")
        return x


s = Stack()
for call in (lambda: s.pop(), lambda: s.pop(1, strict=True), lambda: s.pop(strict=False),
             lambda: Stack.make(-1), lambda: s.make(2).pop(default=7, strict=False), lambda: s.check(None),
             lambda: Stack.check(5)):
    try:
        print("ok", call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
