"""stdlib benchmark: writing and reading a ~100 MB file line by line (bench/stdlib.sh)."""
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), 'big.txt')
line = 'line of the benchmark file with some text in it, padding padding padding\n'
with open(path, 'w') as f:
    for i in range(1400000):
        f.write(line)
n = 0
size = 0
with open(path) as f:
    for text in f:
        n += 1
        size += len(text)
os.remove(path)
os.rmdir(os.path.dirname(path))
print(n, size)
