# A for loop resumes a generator inline (decision 0064): the common step
# (a yield, nothing raised, no handled exception saved) and every other end
# of a step must behave as through next().
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


def raising(n):
    for i in range(n):
        yield i
    raise KeyError("after %d" % n)


def stop_inside():
    yield 1
    raise StopIteration("leaked")


def in_except():
    try:
        raise ValueError("handled")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


def delegating():
    yield "a"
    r = yield from count(3)
    yield r
    yield "z"


def reentrant():
    yield 1
    yield next(me)


def sees_outer():
    yield repr(sys.exc_info()[1])
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def main():
    print(sum(x for x in count(5)), [x for x in count(4)])
    total = 0
    for x in count(10):
        total += x
    print("total", total)
    try:
        for x in raising(3):
            print("got", x)
    except KeyError as e:
        print("KeyError", e)
    try:
        for x in stop_inside():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
    for x in in_except():
        print("in except:", x, sys.exc_info()[0])
    print("after:", sys.exc_info())
    print(list(delegating()))
    for x in delegating():
        print("delegated", x)
    global me
    me = reentrant()
    try:
        for x in me:
            print("reentrant", x)
    except ValueError as e:
        print("ValueError", e)
    try:
        raise LookupError("outer")
    except LookupError:
        for x in sees_outer():
            print("outer handled:", x)
        print("still", repr(sys.exc_info()[1]))
    g = count(3)
    for x in g:
        if x == 1:
            break
    print("next after break", next(g))
    print(list(g), list(g))
    g = count(5)
    for x in g:
        if x == 2:
            g.close()
        print("closing", x)
    nested = [(a, b) for a in count(3) for b in count(a)]
    print(nested)


main()
