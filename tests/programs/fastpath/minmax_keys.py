# min()/max() with a key (decision 0055): a compiled key function is called
# directly, and keys that are small ints, exact strs or exact tuples of
# those compare without the generic rich comparison. Everything else (user
# comparisons, floats, NaN, big ints, bools, str subclasses, mixed types)
# must give CPython's answers, including which of equal keys wins.
import math


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __gt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return isinstance(other, Rev) and self.v == other.v

    def __repr__(self):
        return "Rev(%r)" % (self.v,)


class LoudStr(str):
    def __gt__(self, other):
        print("LoudStr.__gt__", str(self), str(other))
        return str.__gt__(self, other)

    def __lt__(self, other):
        print("LoudStr.__lt__", str(self), str(other))
        return str.__lt__(self, other)


class Same:
    # equal to everything, ordered by nothing: tuples holding it must ask it
    def __eq__(self, other):
        print("Same.__eq__")
        return True

    def __gt__(self, other):
        return False

    def __lt__(self, other):
        return False

    __hash__ = object.__hash__


pairs = {("a", "b"): 3, ("b", "c"): 5, ("c", "d"): 5, ("a", "a"): 1, ("z", "y"): 5}
print(max(pairs.items(), key=lambda kv: (kv[1], kv[0])))
print(min(pairs.items(), key=lambda kv: (kv[1], kv[0])))
print(max(pairs.items(), key=lambda kv: kv[1]), min(pairs.items(), key=lambda kv: kv[1]))
print(max(pairs, key=lambda k: (pairs[k], k[1])), min(pairs, key=lambda k: (-pairs[k], k)))

# Equal keys: the first one seen wins for both min and max.
words = ["bb", "aa", "cc", "aa2", "dd"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: (len(w), 0)))
print(max([(1, "x"), (1, "x"), (0, "y")], key=lambda t: t), max([[1], [1]], key=lambda l: (1,)))

# Tuple length, nesting, identity of items, strs compared by text.
print(max([(1,), (1, 0), (1, -1, 5)]), min([(1,), (1, 0), ()]), max([((1, "a"), 2), ((1, "b"), 0)]))
a, b = "x" * 3, "".join(["x", "x", "x"])
print(max([(a, 1), (b, 2)]), min([(a, 2), (b, 1)]), max(["b", "ab", "abc", "b\u00e9", "b\U0001f600"]))

# Keys the quick comparison must leave alone.
nan = float("nan")
print(max([1.5, 2.5, 0.5], key=lambda x: x), max([(nan, 1), (nan, 2)]), max([(1, nan), (1, 2.0)]))
print(max([nan, 1.0, 2.0]), min([1.0, nan, 0.0]), max([(nan,), (nan,)], key=lambda t: t)[0] is not None)
print(max([2 ** 70, 2 ** 69, -(2 ** 80)]), min([(2 ** 70, 1), (2 ** 70, 0)]), max([(1, 2 ** 65), (1, 3)]))
print(max([True, 1, 0], key=lambda v: v), max([(True, "a"), (1, "b")]), min([(1, "b"), (True, "a")]))
print(max([(1, 1.0), (1, 1)]), max([1, 1.0]), max([1.0, 1]), min([(0, 2), (0.0, 1)]))
print(max([Rev(1), Rev(3), Rev(2)]), max([(1, Rev(1)), (1, Rev(3))]), min([(0, Rev(2)), (0, Rev(5))]))
print(max([LoudStr("b"), LoudStr("c")], key=lambda s: s), max([(1, LoudStr("q")), (1, LoudStr("r"))]))
s = Same()
print(max([(s, 1), (s, 2)])[1], max([(Same(), 1), (Same(), 2)])[1], min([(Same(), 2), (Same(), 1)])[1])
for bad in ([(1, "a"), (1, 2)], [(1,), ("a",)], [1, "a"], [None, None]):
    try:
        print(max(bad))
    except TypeError as e:
        print("TypeError:", e)


# Key callables of every kind: builtins, bound methods, functions with
# defaults or *args, classes, and a key that raises.
def neg(x, scale=1):
    return -x * scale


def star(*args):
    return args[0] % 3


class Box:
    def __init__(self, v):
        self.v = v

    def key(self, x):
        return abs(x - self.v)


nums = [5, -3, 8, 0, 7]
print(max(nums, key=neg), min(nums, key=abs), max(nums, key=star), min(nums, key=Box(6).key))
print(max(nums, key=str), max(["a", "B", "c"], key=str.lower), min(nums, key=lambda x, y=2: x % y))
print(max(nums, key=float), min(["3", "10", "2"], key=int), max([[3], [1, 2]], key=len))
print(max([], key=neg, default="empty"), min(nums, key=None), max(3, 9, 4, key=neg))


def boom(x):
    if x == 8:
        raise ValueError("key failed at %d" % x)
    return x


try:
    max(nums, key=boom)
except ValueError as e:
    print("ValueError:", e)
try:
    max(nums, key=lambda x: x.missing)
except AttributeError as e:
    print("AttributeError:", e)

# A larger run: the same answers as a plain loop.
data = {(chr(97 + i % 26), chr(97 + (i * 7) % 26)): (i * 37) % 101 for i in range(3000)}
best = None
for kv in data.items():
    k = (kv[1], kv[0])
    if best is None or k > best[0]:
        best = (k, kv)
print(max(data.items(), key=lambda kv: (kv[1], kv[0])) == best[1], best[1])
print(min(data.items(), key=lambda kv: (kv[1], kv[0][1], kv[0])), len(data))
print(math.prod(1 for _ in range(3)))
