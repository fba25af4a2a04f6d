# `for a, b in ...` loops: the pair is handed over without a tuple where
# nothing else sees it (dict items, enumerate), and unpacked as before
# everywhere else, with CPython's errors at the loop's line.
from typing import Dict, List, Tuple


def items_sum(d: Dict[str, int]) -> int:
    total = 0
    for k, v in d.items():
        total += len(k) * v
    return total


def enum_pairs(xs: List[str]) -> List[str]:
    out = []
    for i, x in enumerate(xs, 10):
        out.append(f"{i}:{x}")
    return out


def zipped(a: List[int], b: List[str]) -> List[str]:
    return [f"{x}{y}" for x, y in zip(a, b)] + [str(x) + y for x, y in zip(a, b)]


def loop_zip(a: List[int], b: List[str]) -> str:
    s = ""
    for x, y in zip(a, b):
        s += y * x
    return s


def tuples(ps: List[Tuple[int, int]]) -> int:
    acc = 0
    for p, q in ps:
        acc = acc * 3 + p - q
    return acc


def strings() -> List[str]:
    out = []
    for a, b in ["ab", "cd", ["x", "y"]]:
        out.append(b + a)
    return out


def gen():
    yield 1, 2
    yield [3, 4]
    yield "ef"


def bad_length(rows) -> None:
    for a, b in rows:
        print("row", a, b)


def mutate(d: Dict[int, int]) -> None:
    for k, v in d.items():
        d[k + 100] = v


def values_change(d: Dict[str, int]) -> List[Tuple[str, int]]:
    seen = []
    for k, v in d.items():
        seen.append((k, v))
        d["b"] = 99  # an existing key: no size change, later values seen
    return seen


def nested(d: Dict[str, Dict[str, int]]) -> List[str]:
    out = []
    for outer, inner in d.items():
        for k, v in inner.items():
            out.append(outer + "." + k + "=" + str(v))
    return out


def keep_pair(d: Dict[str, int]) -> list:
    # the pair object itself escapes here: a real tuple is made
    kept = []
    for pair in d.items():
        a, b = pair
        kept.append(pair)
    return kept


def bigenum() -> List[int]:
    out = []
    for i, x in enumerate("abc", 2**62 - 2):
        out.append(i)
    return out


d = {"one": 1, "three": 3, "": 7, "éé": 2}
print(items_sum(d))
print(enum_pairs(["a", "b", "c"]))
print(zipped([1, 2, 3], ["x", "y"]))
print(loop_zip([2, 0, 3], ["ab", "c", "d"]))
print(tuples([(1, 2), (5, 3), (7, 7)]))
print(strings())
print([a + b for a, b in gen()], list(gen()))
for a, b in gen():
    print(a, b)
print(values_change({"a": 1, "b": 2, "c": 3}))
print(nested({"x": {"p": 1, "q": 2}, "y": {}, "z": {"r": 3}}))
print(keep_pair({"k": 1, "m": 2}))
print(bigenum())
s = 0
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    s += i * (a + b)
print(s)
try:
    bad_length([(1, 2), (1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    bad_length([(1, 2), (1,)])
except ValueError as e:
    print("ValueError:", e)
try:
    bad_length([5])
except TypeError as e:
    print("TypeError:", e)
try:
    mutate({1: 1, 2: 2})
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in {"a": 1}.items():
        raise KeyError(k)
except KeyError as e:
    print("KeyError", e)
bad_length({"ab": 1, "cde": 2})
