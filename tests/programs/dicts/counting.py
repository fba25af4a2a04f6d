# Counting words with a dict.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(w, n)
