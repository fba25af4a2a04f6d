# Strings, dicts, generators and pattern matching: counts the words of a text
# and describes the result with a `match` statement (Python 3.10+).
from collections import Counter

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""


def words(text):
    for line in text.splitlines():
        yield from line.lower().split()


counts = Counter(words(TEXT))
for word, n in counts.most_common(3):
    match n:
        case 1:
            print(f"{word}: once")
        case 2:
            print(f"{word}: twice")
        case _:
            print(f"{word}: {n} times")
