# Word statistics over an embedded text.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

counts = {}
for raw in TEXT.split():
    w = raw.strip(",.").lower()
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f"{w:<8}{n:>3}")
print(len(counts), sum(counts.values()), max([len(w) for w in counts]))
