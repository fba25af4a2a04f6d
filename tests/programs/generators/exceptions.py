# Exceptions and generators: PEP 479, except-block state across a yield, 'generator
# already executing', names and repr, lazy evaluation order, exhausted generators.
def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield "inside"
        raise


g = in_except()
print(next(g))
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))


def self_ref():
    yield gen.gi_running
    next(gen)


gen = self_ref()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)


def named():
    yield


n = named()
print(n.__name__, n.__qualname__)
print(repr(n).startswith("<generator object named at 0x"))


class K:
    def meth(self):
        yield self

    def squares(self, n):
        return (i * i for i in range(n))


k = K()
print(k.meth().__qualname__)
print(k.squares(3).__qualname__, list(k.squares(4)))
print((x for x in []).__name__)
print(type(n).__name__)


def lazy():
    for i in range(3):
        print("producing", i)
        yield i


for v in lazy():
    print("consuming", v)

ge = (print("eval", x) or x for x in range(2))
print("created")
print(list(ge))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)


def ctx_chain():
    try:
        yield 1
    finally:
        pass


def after_exhaust():
    yield 1


a = after_exhaust()
print(list(a), list(a))
print(next(a, "default"))
try:
    a.throw(IndexError("thrown into finished"))
except IndexError as e:
    print("IndexError:", e)
