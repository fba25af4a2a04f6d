# The inline truth tests on the dynamic path: None, bools, small ints, exact
# floats (nan is true) and exact list, tuple, str and dict by size; other
# values and subclasses with __bool__/__len__ must still call them.


def truth(v):
    if v:
        return "T"
    return "F"


class B:
    def __bool__(self):
        return False


class L(list):
    def __len__(self):
        return 0


class S(str):
    def __bool__(self):
        return False


values = [None, True, False, 0, 1, -1, 2**62 - 1, -(2**62), 2**62, -(2**70), 0.0, -0.0, 1e-300,
          float("nan"), float("inf"), [], [0], (), (0,), "", "a", "\u00e9", {}, {0: 0}, set(), {1},
          b"", b"x", range(0), range(2), B(), L([1, 2]), S("abc"), object()]
print(" ".join(truth(v) for v in values))
print([not v for v in values[:20]])
print(bool(L([1])), not L([1]), not S("x"))
n = 10
steps = 0
while n:
    n -= 1
    steps += 1
print(steps)
items = [3, 0, 2]
while items:
    items.pop()
print(items)
