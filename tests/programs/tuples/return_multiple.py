# Functions returning tuples.
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)

lo, hi, mean = stats([3, 9, 4, 8])
print(lo, hi, mean)
r = stats([1])
print(r, type(r).__name__)
def divmod2(a, b):
    return a // b, a % b
print(divmod2(17, 5), divmod2(-17, 5))
