# Text processing without imports: word counts with dicts, sorting with keys, string methods, formatting a table.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,;").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(f"{'word':<12}{'count':>6}  bar")
for w, n in top:
    print(f"{w:<12}{n:>6}  {'#' * n}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:20])
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps, TEXT.count("it was"), TEXT.find("wisdom"), TEXT.rfind("of"), TEXT.index("age"))
pairs = list(zip(words, words[1:]))
bigrams = {}
for p in pairs:
    bigrams[p] = bigrams.get(p, 0) + 1
print(sorted(((n, " ".join(p)) for p, n in bigrams.items() if n > 2), reverse=True))
title = " ".join(w.capitalize() for w in "a tale of two cities".split())
print(title, title.center(30, "~"), title.swapcase(), title[::-1], "-".join(title.split()).lower())
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print(vowels, round(vowels / len(TEXT), 3), f"{vowels / len(TEXT):.1%}")
acronym = "".join(w[0] for w in title.split()).upper()
print(acronym, acronym.isupper(), "abc123".isalnum(), "   ".isspace(), "Hello World".istitle())
