# Count-ups and infinite generators stopped by a manual break, next() with a
# default, generators in while loops and as method results.
def count_up(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1


for i in count_up(5):
    print("count", i)


def naturals():
    n = 0
    while True:
        yield n
        n += 1


total = 0
for n in naturals():
    if n > 100:
        break
    total += n
print("sum to 100:", total)

evens = (n for n in naturals() if n % 2 == 0)
first = [next(evens) for _ in range(5)]
print(first)


def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("liftoff")


c = countdown(3)
print("created, nothing printed yet")
while True:
    v = next(c, None)
    if v is None:
        break
    print(v)


class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        x = self.lo
        while x < self.hi:
            yield x
            x += 2


print(list(Range2(1, 10)), sum(Range2(0, 7)))


def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, "-")
        yield a, b


print(list(pairs("abcde")))
print(list(zip(count_up(3), naturals())))
