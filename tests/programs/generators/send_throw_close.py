# The send/throw/close protocol: values sent in, exceptions thrown in (1- and 3-arg
# forms), close() running finally blocks, ignoring GeneratorExit, unstarted generators.
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            print("caught", e)
            received = "recovered"
        finally:
            pass


g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
print(g.send(3))
g.close()
print(g.gi_running)
try:
    g.send(4)
except StopIteration:
    print("closed generator raises StopIteration")


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


a = accumulator()
next(a)
for v in [1, 2, 3]:
    print("running total", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


f = with_finally()
print(next(f))
f.close()
print("after close")

f2 = with_finally()
f2.close()
print("closing an unstarted generator runs nothing")


def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = catch_exit()
next(c)
c.close()


def three_arg():
    try:
        yield 1
    except KeyError as e:
        print("three-arg throw", repr(e))
        yield 99


t = three_arg()
next(t)
print(t.throw(KeyError, "k"))
t2 = three_arg()
next(t2)
print(t2.throw(KeyError, KeyError("x"), None))
t3 = three_arg()
next(t3)
try:
    t3.throw(TypeError)
except TypeError:
    print("uncaught throw propagates")
try:
    next(t3)
except StopIteration:
    print("and the generator is finished")

u = three_arg()
try:
    u.send(5)
except TypeError as e:
    print(e)
try:
    u.throw(ValueError("at start"))
except ValueError as e:
    print("thrown at start:", e)
print(list(u))
