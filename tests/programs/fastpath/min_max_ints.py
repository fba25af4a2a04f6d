# min()/max() compare two small ints without the generic comparison; the
# result must stay CPython's: the first of equal items, big ints, floats,
# bools and user keys mixed with small ints.

print(min([3, -7, 5, -7, 2]), max([3, -7, 5, -7, 2]))
print(min(4, 9, -2), max(4, 9, -2), min(1, 1), max(-1, -1))

# Ties: the first of the equal keys is kept.
words = ["bb", "a", "cc", "d", "ee"]
print(min(words, key=len), max(words, key=len))
pairs = [(2, "x"), (1, "y"), (2, "z"), (1, "w")]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))

# Small ints next to big ints, floats, bools.
big = 2 ** 70
print(max([1, big, -big, 5]), min([1, big, -big, 5]))
print(max([3, 2.5, 7, 6.99]), min([3, 2.5, -1, -0.5]))
print(max([True, 0, 1, False]), min([True, 0, 1, False]))
print(repr(max([1, 1.0])), repr(max([1.0, 1])), repr(min([0, False])), repr(min([False, 0])))
print(max(range(-5, 5), key=lambda x: x * x), min(range(-5, 5), key=lambda x: -abs(x)))
print(max([], default="empty"), min((), default=None))
print(max([2 ** 62 - 1, 2 ** 62, 2 ** 62 + 1]), min([-(2 ** 62) - 1, -(2 ** 62), -(2 ** 62) + 1]))
print(max(x % 1000 for x in range(100000, 101500)))

try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    min(3, None)
except TypeError as e:
    print("TypeError:", e)


class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f"Score({self.v})"


print(min([Score(3), Score(1), Score(2)]))
print(max([Score(3), Score(1), Score(5)]))
