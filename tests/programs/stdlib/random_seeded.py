# random: sequences identical to CPython for int/str/bytes seeds in random, randint, randrange, getrandbits, choice(s), shuffle, sample, gauss and friends; state; errors.
import random
for s in [0, 1, 42, 12345678901234567890, -7, "hello", b"xyz"]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(0, 10, 2), random.getrandbits(70))
random.seed(2024)
print([random.random() for _ in range(3)])
print(random.uniform(1.0, 10.0), random.choice("abcdef"), random.choices(range(10), k=5), random.choices("ab", weights=[1, 3], k=6))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 10), random.sample("abcdefg", 3), random.sample(range(10000), 8))
print(random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.randbytes(5).hex(), random.randrange(1000000), random.randrange(-50, 50))
r = random.Random(99)
print(r.random(), r.randint(0, 9), [r.randrange(3) for _ in range(10)])
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randrange(1, 5, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
