# The inline comparison paths: two small ints, two exact floats, and a float
# with a small int that converts to double exactly; nan, signed zeros, ints
# beyond 2**53 against floats (compared exactly, out of line), bools, big
# ints, and float subclasses whose comparison methods must run.


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


ops = [("<", lt), ("<=", le), ("==", eq), ("!=", ne), (">", gt), (">=", ge)]
nan = float("nan")
inf = float("inf")
values = [0, 1, -1, 2**62 - 1, -(2**62), 2**62, 0.0, -0.0, 1.0, 0.5, -1.5, nan, inf, -inf, 2**53, 2**53 + 1,
          9007199254740992.0, 2**63, True, False]
for a in values:
    for b in values:
        row = [repr(a), repr(b)]
        for name, f in ops:
            r = f(a, b)
            row.append(name + ("T" if r is True else "F" if r is False else repr(r)))
        print(" ".join(row))


# (The runtime cannot make int subclass instances yet; bools above are the
# int subclass, float subclasses here.)
class G(float):
    def __lt__(self, other):
        return "G.__lt__"

    def __gt__(self, other):
        return "G.__gt__"


print(lt(G(1), 2), lt(2, G(1)), gt(1, G(5)), lt(1.5, G(1)), eq(G(3), 3.0))
print(type(lt(1, 2)).__name__, lt(1, 2) is True, eq(1.0, 1) is True)
try:
    lt(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    lt(1.5, None)
except TypeError as e:
    print("TypeError", e)
print(eq(1, "1"), ne(1.5, "x"))

# A comparison driving a loop.
count = 0
i = 0
limit = 1000
while i < limit:
    if i % 7 == 3:
        count += 1
    i += 1
print(count)
