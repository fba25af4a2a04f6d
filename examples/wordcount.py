# A small "real" script: counts the words of the text file named on the
# command line and prints the ten most frequent with their counts (ties in
# alphabetical order). Words are runs of letters and apostrophes, lowercased.
#   usage: wordcount.py FILE      e.g. wordcount.py examples/data/words.txt
import sys
from typing import Dict, List, Tuple


def split_words(line: str) -> List[str]:
    words: List[str] = []
    current = ""
    for ch in line:
        if ch.isalpha() or (ch == "'" and current):
            current += ch.lower()
        else:
            if current:
                words.append(current.strip("'"))
                current = ""
    if current:
        words.append(current.strip("'"))
    return words


def count_words(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for line in text.splitlines():
        for w in split_words(line):
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def top(counts: Dict[str, int], n: int) -> List[Tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: wordcount.py FILE", file=sys.stderr)
        return 2
    try:
        f = open(sys.argv[1], encoding="utf-8")
        text = f.read()
        f.close()
    except OSError:
        print(f"wordcount: cannot read {sys.argv[1]}", file=sys.stderr)
        return 1
    counts = count_words(text)
    total = sum(counts.values())
    print(f"{total} words, {len(counts)} distinct")
    for word, n in top(counts, 10):
        print(f"{n:6d}  {word}")
    return 0


sys.exit(main())
