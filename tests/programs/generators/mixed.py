# Closures and nonlocal in generators, floats across yields, *args/**kwargs, generator
# lambdas, yield as an expression, try/except/else/finally around yield, builtins over
# generator expressions.
def make_counter(start):
    count = start

    def bump():
        nonlocal count
        count += 10

    def gen():
        nonlocal count
        while count < start + 40:
            yield count
            count += 1
            bump()

    return gen()


print(list(make_counter(5)))


def closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 100
        fs.append(f)
        yield f
    yield [f() for f in fs]


print([x if isinstance(x, list) else x() for x in closures()])


def floats(n: int):
    x = 0.5
    total = 0.0
    for i in range(n):
        total += x * i
        yield total
    y = yield "half"
    print("got", y)


print(list(floats(4)))


def args_kwargs(*args, sep="-", **kw):
    for a in args:
        yield f"{a}{sep}"
    for k in sorted(kw):
        yield k, kw[k]


print(list(args_kwargs(1, 2, sep="+", b=2, a=1)))

lam = lambda: (yield 5)
lg = lam()
print(next(lg))
try:
    lg.send("lambda-return")
except StopIteration as e:
    print("lambda stop", e.value)


def expr_yields():
    x = (yield 1) + (yield 2)
    print("sum", x)
    print((yield), "bare")
    yield "no-comp"


eg = expr_yields()
print(next(eg), eg.send(10), eg.send(20))
print(eg.send("s"))


def try_variants():
    for i in range(4):
        try:
            if i == 1:
                raise ValueError(i)
            if i == 2:
                continue
            yield ("try", i)
        except ValueError as e:
            yield ("except", e.args[0])
        else:
            yield ("else", i)
        finally:
            yield ("finally", i)


print(list(try_variants()))


def break_in_finally():
    try:
        while True:
            try:
                yield "loop"
            finally:
                print("inner finally")
    finally:
        print("outer finally")


b = break_in_finally()
print(next(b))
print(next(b))
b.close()


def gen_over_dict(d):
    for k, v in d.items():
        yield k, v * 2
    yield from d
    yield from d.values()


print(list(gen_over_dict({"a": 1, "b": 2})))
nums = [5, 3, 8, 1]
print(sorted(x for x in nums), max(x for x in nums), min(x for x in nums))
print(any(x > 7 for x in nums), all(x > 0 for x in nums))
print(list(zip((x for x in "abc"), (y * 2 for y in range(3)))))
print(list(enumerate(x for x in "xyz")))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(set(x % 3 for x in range(10)))
print(tuple(x for x in range(3) if x), "-".join(str(x) for x in range(4)))
print(sum((x for x in range(5)), 100))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(x * y for x in range(3) if x for y in range(3) if y > x))
matrix = [[1, 2], [3, 4]]
print(list(sum(row) for row in matrix))
print(list(list(c for c in row) for row in matrix))
