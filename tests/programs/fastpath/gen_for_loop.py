# for-loops and next() over generators: tp_next_fast steps an exact generator
# through tp_gen_next, without tp_next's type dispatch; every state of the
# protocol must stay as CPython has it.

def count(n):
    for i in range(n):
        yield i * i
    return "done"


def reenter():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("reenter:", e)
    yield 2


me = reenter()
print([x for x in me])
print(list(me), next(me, "exhausted"))

g = count(4)
total = 0
for v in g:
    total += v
print("total", total)
for v in g:
    print("never", v)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)


def delegating():
    r = yield from count(3)
    print("inner returned", r)
    yield "last"


print(list(delegating()))


def stops():
    yield 1
    raise StopIteration("boom")


try:
    for v in stops():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def failing():
    yield "a"
    yield 1 / 0


try:
    for v in failing():
        print("item", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

pairs = zip(count(3), (c for c in "xyz"))
print(list(pairs))
print(sum(x for x in count(10)))



# A loop left by break leaves the generator suspended; CPython closes it when
# its last reference goes (reference counting), Taipan when it is collected
# (docs/language-support.md), so it is closed explicitly here.
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closing()
for v in c:
    print("first", v)
    break
c.close()
print("after break", next(c, "finished"))
