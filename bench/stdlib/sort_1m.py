"""stdlib benchmark: sorting 1M ints and 1M strings (bench/stdlib.sh)."""
import random

random.seed(12345)
ints = [random.randrange(10**9) for _ in range(1000000)]
strs = ['%08x-%d' % (random.randrange(1 << 32), i) for i in range(1000000)]
a = sorted(ints)
b = sorted(strs)
ints.sort(reverse=True)
print(a[0], a[-1], b[0], b[-1], ints[0])
