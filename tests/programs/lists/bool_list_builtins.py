# Lists of bools made by repetition through builtins, iteration and typed
# functions: sum/any/all/min/max, list()/tuple()/set(), zip, enumerate,
# sorted, reversed, unpacking, *args, comprehensions, hashing a tuple made
# from one, loops that change the list, and functions whose list parameters
# and locals are typed (the compiler's inline list indexing).
from typing import List

flags = [True, False, True] * 7
print(sum(flags), any(flags), all(flags), any([False] * 20), all([True] * 20), min(flags), max(flags))
print(sum([True] * 100), sum(flags, 10), sum([False] * 40))
print(list(flags) == flags, list(flags) is flags, tuple(flags)[:4], len(set(flags)), sorted(set(flags)))
print(hash(tuple([True] * 20)) == hash(tuple(True for _ in range(20))))
print(list(zip(flags, range(5))))
print(list(enumerate(flags))[:4])
print(list(reversed(flags))[:5], sorted(flags)[:3])
print([not v for v in flags])
print([i for i, v in enumerate(flags) if v])
print({i: v for i, v in enumerate(flags) if i < 3})
print(",".join(map(str, flags[:6])), str(flags[:3]), repr([False] * 17))

first, second, *rest = flags
print(first, second, len(rest), rest[:3])
*init, last = [False] * 16
print(len(init), last)
p, q = [True, False] * 1
print(p, q)
try:
    u, v = [True] * 16
except ValueError as e:
    print("ValueError:", e)


def count_args(*args):
    return len(args), args[:3]


print(count_args(*flags))
print(max(*[False] * 16), min(*[True] * 16))

# Loops that change the list while walking it.
walk = [True] * 16
seen = 0
for v in walk:
    seen += 1
    if seen == 3:
        walk.append("tail")
    if seen == 5:
        walk[10] = 0
print(seen, walk[10], walk[-1])

r = [False, True] * 8
out = []
for v in reversed(r):
    out.append(v)
print(out == r[::-1])

it = iter([True] * 16)
print(next(it), next(it))


# Typed functions: List[bool] parameters and locals indexed inline.
def sieve(limit: int) -> List[bool]:
    marks = [True] * (limit + 1)
    marks[0] = False
    marks[1] = False
    i = 2
    while i * i <= limit:
        if marks[i]:
            j = i * i
            while j <= limit:
                marks[j] = False
                j += i
        i += 1
    return marks


def primes(marks: List[bool]) -> List[int]:
    out = []
    for k in range(len(marks)):
        if marks[k]:
            out.append(k)
    return out


def poke(marks: List[bool], i: int, v) -> None:
    marks[i] = v


m = sieve(100)
print(primes(m))
print(m[-1], m[-3], m[97] is True, m[96] is False)
poke(m, 0, True)
poke(m, -1, True)
print(m[0], m[-1], primes(m)[:3])
poke(m, 2, "two")
print(m[:4], primes(m)[:4])
try:
    poke(m, 500, False)
except IndexError as e:
    print("IndexError:", e)


def toggle(marks: List[bool]) -> int:
    changed = 0
    for k in range(-len(marks), 0):
        marks[k] = not marks[k]
        changed += 1
    return changed


t = [False, False, True] * 6
print(toggle(t), t)


def mixed() -> list:
    xs = [False] * 20
    xs[3] = True
    xs[4] = 4
    xs[5] = True
    return xs


print(mixed())
