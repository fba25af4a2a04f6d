"""stdlib benchmark: a collections.deque of 1M operations (bench/stdlib.sh)."""
from collections import deque

d = deque()
total = 0
for i in range(250000):
    d.append(i)
    d.appendleft(-i)
for i in range(250000):
    total += d.pop() - d.popleft()
d2 = deque(range(1000), maxlen=1000)
for i in range(250000):
    d2.append(i)
    d2.rotate(1)
print(total, len(d), len(d2), d2[0], d2[-1])
