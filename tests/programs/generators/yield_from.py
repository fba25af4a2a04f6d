# yield from (PEP 380): return values, send/throw/close delegated to sub-generators,
# delegation to lists/ranges/str and to a user iterator, recursion (flatten, tree walk).
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"


def outer():
    r = yield from inner()
    print("outer got result", r)
    yield 3
    return "outer-result"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4]], 5, [[[6]]]])))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6)])])
print(list(tree.walk()))


def delegate_list():
    r = yield from [10, 20, 30]
    print("list result", r)
    r = yield from range(2)
    print("range result", r)
    r = yield from "ab"
    return r


print(list(delegate_list()))


def catcher():
    try:
        yield "ready"
    except ValueError as e:
        print("inner caught", e)
        yield "handled"
    return "done"


def wrapper():
    r = yield from catcher()
    print("wrapper result", r)
    yield "after"


w = wrapper()
print(next(w))
print(w.throw(ValueError("boom")))
print(next(w))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def outer_closer():
    try:
        yield from closer()
    finally:
        print("outer finally")


oc = outer_closer()
print(next(oc))
oc.close()


def raiser():
    yield 1
    raise KeyError("from inner")


def outer_raiser():
    try:
        yield from raiser()
    except KeyError as e:
        print("outer caught", repr(e))
    yield "end"


print(list(outer_raiser()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("custom-result")
        self.n -= 1
        return self.n


def use_custom():
    r = yield from Countdown(3)
    print("custom result", r)


print(list(use_custom()))


def gen_return_only():
    return 7
    yield


def takes_return():
    v = yield from gen_return_only()
    yield v


print(list(takes_return()))
g = outer()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__)
