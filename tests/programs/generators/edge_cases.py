# Corner cases: super() in a generator method, decorated generators, return and yield in
# finally, delegation to list iterators (send/throw/close), unbound locals, exception
# context across yields, lazy later iterables, class-body genexps, gi_* attributes.
class Base:
    def items(self):
        yield "base"


class Derived(Base):
    def items(self):
        yield "derived"
        yield from super().items()


print(list(Derived().items()))


def deco(f):
    def wrapper(*a):
        print("calling", f.__name__)
        return f(*a)
    return wrapper


@deco
def decorated(n, step=2):
    yield from range(0, n, step)


print(list(decorated(7)))


def ret_in_finally():
    try:
        yield 1
        return "early"
    finally:
        print("finally before StopIteration")


r = ret_in_finally()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("value", e.value)


def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"


y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(e)


def over_list():
    yield from [1, 2]


o = over_list()
next(o)
try:
    o.send(5)
except AttributeError as e:
    print("AttributeError:", e)
o2 = over_list()
next(o2)
try:
    o2.throw(ValueError("into list delegation"))
except ValueError as e:
    print("ValueError:", e)
o3 = over_list()
next(o3)
o3.close()
print("closed list delegation", list(o3))


def unbound():
    yield 1
    if False:
        z = 1
    yield z


u = unbound()
next(u)
try:
    next(u)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def while_else(n):
    while n:
        yield n
        n -= 1
    else:
        yield "else"


print(list(while_else(2)))


def g_ctx():
    yield 1
    raise ValueError("in gen")


try:
    raise KeyError("outer")
except KeyError:
    it = g_ctx()
    next(it)
    try:
        next(it)
    except ValueError as e:
        print("context", repr(e.__context__))


def suspended_in_except():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "suspended"
        try:
            raise
        except KeyError as e:
            print("still handling", repr(e))


s = suspended_in_except()
print(next(s))
try:
    raise ValueError("caller")
except ValueError as e:
    print("caller context", repr(e.__context__))
print(list(s))

lazy_second = ((a, b) for a in range(2) for b in 1 / a)
try:
    list(lazy_second)
except ZeroDivisionError as e:
    print("lazy error:", e)


class Holder:
    base = 10
    vals = list(v + 1 for v in range(3))


print(Holder.vals)


def send_before_start():
    x = yield
    yield x


sb = send_before_start()
print(sb.send(None), sb.send("sent"))


def gen_with_default(a, b=[]):
    b.append(a)
    yield len(b)


print(next(gen_with_default(1)), next(gen_with_default(2)))


def nested_gens():
    def inner(k):
        for i in range(k):
            yield i * k
    for k in range(1, 4):
        yield list(inner(k))


print(list(nested_gens()))
g = nested_gens()
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_suspended)
list(g)
print(g.gi_suspended)
print(iter(g) is g)
gen_type = type(g)
print(gen_type.__name__, isinstance(g, gen_type))
print(hasattr(g, "send"), hasattr(g, "__next__"))
try:
    g.throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    next(gen_with_default(3)).send
except AttributeError as e:
    print("AttributeError:", e)
