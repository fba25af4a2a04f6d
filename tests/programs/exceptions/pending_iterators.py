# User iterators whose __next__ raises (decision 0017): StopIteration ends
# for loops, list(), zip(), next() with a default and `yield from` without a
# C++ throw; any other exception from __next__ propagates.


class Count:
    def __init__(self, n, fail_at=-1):
        self.i = 0
        self.n = n
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.fail_at:
            raise KeyError(self.i)
        if self.i >= self.n:
            raise StopIteration(self.i)
        self.i += 1
        return self.i


total = 0
for k in range(1000):
    for v in Count(3):
        total += v
print(total)
print(list(Count(4)), list(zip(Count(2), Count(5))), sum(Count(10)))
it = Count(1)
print(next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration")


def delegate():
    r = yield from Count(2)
    print("yield from returned", r)
    yield "end"


print(list(delegate()))

try:
    for v in Count(5, fail_at=2):
        print("v", v)
except KeyError as e:
    print("KeyError", e)

try:
    print(list(Count(5, fail_at=1)))
except KeyError as e:
    print("KeyError from list", e)


class Broken:
    def __iter__(self):
        return self

    def __next__(self, extra):
        return 1


try:
    for x in Broken():
        pass
except TypeError as e:
    print("TypeError", e)


# A StopIteration raised inside a generator body is a RuntimeError there.
def gen():
    yield next(Count(0))


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# The loop over an iterator whose __next__ fails with a chained exception.
class Chained:
    def __iter__(self):
        return self

    def __next__(self):
        try:
            return {}["k"]
        except KeyError:
            raise ValueError("no more")


try:
    for x in Chained():
        pass
except ValueError as e:
    print("ValueError", e, "context", repr(e.__context__))
