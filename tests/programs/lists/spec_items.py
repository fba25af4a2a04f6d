# Speculated item loads (decision 0081): a function whose list parameters are
# annotated list[int] / List[str], or whose locals are made by [c] * n or
# list(range(n)), reads their items as ints or strs behind a check, and lands
# in its generic copy when an item is anything else. Every path must behave
# exactly as CPython does.
from typing import List


def flips(perm: List[int]) -> int:
    n = 0
    first = perm[0]
    while first != 0:
        lo = 0
        hi = first
        while lo < hi:
            t = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = t
            lo += 1
            hi -= 1
        n += 1
        first = perm[0]
    return n


print(flips([3, 1, 0, 2]))
print(flips([0, 1, 2]))
# A float, a bool, a big int and an int subclass in the list: the check fails
# (or the big int passes), and the generic copy goes on where it stopped.
print(flips([2.0, 1, 0]) if False else "skip float index")
print(flips([True, 0]))


class MyInt(int):
    pass


print(flips([MyInt(2), 1, 0]))
big = [10**30, 5]
try:
    print(flips(big))
except IndexError as e:
    print("IndexError", e)


def total(xs: list[int], k: int) -> int:
    s = 0
    i = 0
    while i < k:
        v = xs[i]
        s += v * 2
        i += 1
    return s


print(total([1, 2, 3], 3))
print(total([1, 2.5, 3], 3))
print(total([1, "a" * 0 or 2, 3], 3))
try:
    print(total([1, 2, 3], 5))
except IndexError as e:
    print("IndexError", e)
print(total([1, 2, 3], 0))
# Negative keys count from the end.


def back(xs: List[int]) -> int:
    a = xs[-1]
    b = xs[-2] + a
    return a * 100 + b


print(back([4, 5, 6]))
try:
    back([1])
except IndexError as e:
    print("IndexError", e)


# An item that changes type while the loop runs.
def changing(xs: List[int]) -> list:
    out = []
    for i in range(len(xs)):
        v = xs[i]
        out.append(v + v)
        if i == 1:
            xs[2] = "ab"
    return out


print(changing([1, 2, 3, 4]))


# Locals made by [c] * n and list(range(n)).
def counters(n: int) -> list:
    rem = [0] * n
    order = list(range(n))
    r = n - 1
    while r > 0:
        head = order[0]
        rem[r] = head + r
        order[r] = head
        x = rem[r]
        order[0] = x % 7
        r -= 1
    return [rem, order]


print(counters(6))


# str items: `c = words[i]` is a str, compared and concatenated.
def joined(words: List[str]) -> str:
    out = ""
    i = 0
    while i < len(words):
        w = words[i]
        out = out + w + "/"
        i += 1
    return out


print(joined(["a", "bc", "d"]))
try:
    print(joined(["a", 3, "d"]))
except TypeError as e:
    print("TypeError", e)


# A variable that may be unbound when the item is read.
def maybe(flag: bool) -> int:
    if flag:
        xs = [1, 2, 3]
    j = 1
    v = xs[j]
    return v + 1


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def maybe_key(xs: List[int], flag: bool) -> int:
    if flag:
        j = 0
    v = xs[j]
    return v * 3


print(maybe_key([7, 8], True))
try:
    maybe_key([7, 8], False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# A list subclass passed for a list[int] parameter, and a list of bools.
class MyList(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i) * 10


print(total(MyList([1, 2, 3]), 2))


def flags(fs: List[bool]) -> int:
    c = 0
    i = 0
    while i < len(fs):
        b = fs[i]
        c = c * 2 + b
        i += 1
    return c


print(flags([True, False, True, True]))
print(flags([True, 2, 1]))
