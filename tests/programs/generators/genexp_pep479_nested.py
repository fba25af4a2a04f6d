# PEP 479 in generator expressions consumed by builtins (StopIteration from the element
# becomes RuntimeError, from the first iterable it does not), comprehensions nested in
# generator expressions.
it = iter([1, 2])
try:
    print(list(next(it) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
it = iter([1])
try:
    print(sum(next(it) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([])
try:
    print(any(next(it) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(sum(x for x in next(iter([]))))
except StopIteration:
    print("StopIteration from the first iterable is not converted")
try:
    print(sum(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(x for x in [3, 1, 2]), "".join(c for c in "abc" if c != "b"))
print(all(x for x in []), any(x for x in [0, 0, 3]))
g = ((x, [y for y in range(2)]) for x in range(3))
print(list(g))
h = (x for x in range(3) if [z for z in "ab"])
print(list(h))
