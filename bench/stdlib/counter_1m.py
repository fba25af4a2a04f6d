"""stdlib benchmark: collections.Counter over 1M words (bench/stdlib.sh)."""
from collections import Counter

vocab = ['w%d' % k for k in range(5000)]
words = [vocab[(i * 2654435761) % 5000] for i in range(1000000)]
c = Counter(words)
c2 = Counter()
for w in words:
    c2[w] += 1
print(len(c), c.most_common(3), c == c2)
