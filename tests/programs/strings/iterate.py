# Iterating over strings and building new ones.
word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
out = ""
for i, ch in enumerate(word):
    if i % 2 == 0:
        out += ch.upper()
    else:
        out += ch
print(out)
print(list("abc"), tuple("xy"), sorted("banana"))
