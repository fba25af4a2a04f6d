# Comprehensions over strings and words.
sentence = "The quick brown fox jumps over the lazy dog"
print([w for w in sentence.split() if len(w) > 3])
print({w.lower(): len(w) for w in sentence.split()})
print("".join([c for c in sentence if c.lower() not in "aeiou"]))
print([ord(c) - ord("a") for c in "taipan"])
