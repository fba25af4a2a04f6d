"""Sorting semantics kept by the specialised sort: keys computed once and in
order, exceptions from __lt__ and from the key function propagate (the list
keeps its items), mutating the list during the sort raises ValueError "list
modified during sort", reverse=True keeps equal items in their original
order, and functools.cmp_to_key both in sorts and on its own."""
import functools


calls = []


def key_logged(x):
    calls.append(x)
    return -x


xs = [3, 1, 2, 5, 4]
print(sorted(xs, key=key_logged), calls)


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        raise RuntimeError("no order for %r" % self.v)

    def __repr__(self):
        return "Boom(%r)" % self.v


items = [Boom(2), Boom(1), Boom(3)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e.args[0][:11], items)
try:
    sorted([(1, Boom(1)), (1, Boom(2))])
except RuntimeError as e:
    print("tuple item RuntimeError:", e.args[0][:11])
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2 ** 70, 2.5, None])
except TypeError as e:
    print("TypeError:", e)


def bad_key(x):
    if x == 4:
        raise KeyError(x)
    return x


ys = [5, 4, 3]
try:
    ys.sort(key=bad_key)
except KeyError as e:
    print("KeyError:", e, ys)

# a list mutated in the key function or in a comparison
zs = [3, 1, 2]
seen = []


def grow(x):
    seen.append(len(zs))
    zs.append(x)
    return x


try:
    zs.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, zs, seen)

ws = [3, 1, 2]


def clear_then(x):
    ws.clear()
    return x


ws.sort(key=clear_then)
print("cleared during sort:", ws)


class Meddler:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v

    def __repr__(self):
        return "M%d" % self.v


ms = []
ms.extend([Meddler(2, ms), Meddler(1, ms)])
try:
    ms.sort()
except ValueError as e:
    print("ValueError:", e, ms)

# reverse=True keeps equal items in their original order
pairs = [("b", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("b", 6)]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: len(p[0]), reverse=True))
print(sorted([1.0, 1, True, 0, 0.0, False], reverse=True))
fs = [(2.5, "x"), (1.0, "y"), (2.5, "z"), (1.0, "w")]
print(sorted(fs, key=lambda p: p[0], reverse=True))


# cmp_to_key in a sort, with every kind of cmp result
def by_len_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "fig", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_text)))
print(sorted(words, key=functools.cmp_to_key(by_len_then_text), reverse=True))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: 0.5 if a > b else -0.5)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: 2 ** 80 if a > b else -(2 ** 80))))
K = functools.cmp_to_key(by_len_then_text)
print(sorted(words, key=lambda w: K(w[::-1])))
print(max(words, key=K), min(words, key=K))
try:
    sorted(words, key=functools.cmp_to_key(lambda a, b: None))
except TypeError as e:
    print("TypeError:", e)


def cmp_raises(a, b):
    raise ArithmeticError("cmp %s %s" % (a, b))


try:
    sorted([2, 1], key=functools.cmp_to_key(cmp_raises))
except ArithmeticError as e:
    print("ArithmeticError:", type(e).__name__)

# cmp_to_key outside sort
k1, k2 = K("abc"), K("ab")
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= k2, k1 >= k2, k1 == K("abc"))
print(k1.obj, type(k1).__name__, type(k1).__module__, K.obj, K(obj="x").obj)
k1.obj = "z"
print(k1.obj, k1 < k2)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", e)
try:
    k1 < "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    K()
except TypeError as e:
    print("TypeError:", e)
try:
    K(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.cmp_to_key()
except TypeError as e:
    print("TypeError:", e)
try:
    type(K)(by_len_then_text)
except TypeError as e:
    print("TypeError:", e)
print(repr(k1).startswith("<functools.KeyWrapper object at 0x"), isinstance(k1, type(K)), k1("q").obj)
print({"k": 1}.get("k"), callable(K), callable(k1))
