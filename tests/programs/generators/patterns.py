# Common generator patterns: attribute state re-read after a yield, return in finally
# swallowing close(), globals, early return, default-argument genexps, big ints and
# floats across yields, recursive permutations, an incremental prime sieve.
class Particle:
    def __init__(self):
        self.x = 1.5
        self.y = 2

    def steps(self):
        while self.x < 10:
            a = self.x * 2
            yield a
            self.x = self.x + self.y


p = Particle()
it = p.steps()
print(next(it))
p.x = 7.0
print(next(it), next(it, "end"))


def swallow():
    try:
        yield 1
    finally:
        return "swallowed"


s = swallow()
next(s)
print(s.close())

counter = 0


def uses_global():
    global counter
    for i in range(3):
        counter += i
        yield counter


print(list(uses_global()), counter)


def early_return():
    for v in (x * x for x in range(10)):
        if v > 10:
            return v
        yield v


e = early_return()
print(list(e))
print(list((lambda: (y for y in "hi"))()))


def f(gen=(c.upper() for c in "ab")):
    return list(gen)


print(f(), f())


def many():
    for i in range(3):
        yield i
    yield 10
    yield 11
    yield 12
    for j in "ab":
        yield j


print(list(many()))


def gen_float(n):
    acc = 0.0
    for i in range(n):
        acc = acc + 0.5
        yield acc


print(sum(gen_float(4)))


def big_ints():
    v = 1
    while True:
        v *= 1000
        yield v


b = big_ints()
print([next(b) for _ in range(8)][-1])


def tuple_unpack():
    for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
        yield a + b + c


print(list(tuple_unpack()))
print(sorted(((k, v) for k, v in {"b": 2, "a": 1}.items()), key=lambda kv: kv[1]))


def two_gens():
    g1 = (i for i in range(3))
    g2 = (i * 10 for i in g1)
    yield from g2


print(list(two_gens()))
x = 5
gx = (x + i for i in range(2))
x = 100
print(list(gx))


def recursive_perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in recursive_perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


print(list(recursive_perms([1, 2, 3])))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


pg = primes()
print([next(pg) for _ in range(10)])
