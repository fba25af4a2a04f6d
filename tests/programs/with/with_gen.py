# with statements inside generators: __exit__ runs when the body finishes,
# when the generator returns early, when close() throws GeneratorExit in, and
# when an exception is thrown in at the yield.


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError


def gen(n):
    with CM("g"):
        for i in range(n):
            yield i
        if n > 2:
            return "early"
    yield "after"


print(list(gen(2)))
print(list(gen(3)))

g = gen(5)
print(next(g), next(g))
g.close()
print("closed")

g = gen(5)
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError", e)

g = gen(5)
print(next(g))
print(g.throw(KeyError("swallowed")))


def outer():
    with CM("o1") as a, CM("o2") as b:
        x = yield a.name
        print("got", x)
        yield from gen(1)


o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))
