# The traceback of an exception that travels by return through direct
# calls, a call through a function object, a generator and a re-raise in a
# frame that caught it, with a chained context (decision 0017).


def lookup(d, k):
    return d[k]


def through(f, *args):
    return f(*args)


def gen(d):
    yield 1
    yield lookup(d, "missing")


def handler():
    try:
        sum(gen({}))
    except KeyError:
        try:
            [][3]
        finally:
            print("finally ran")


def outer():
    return through(handler) + 1


print("start")
outer()
