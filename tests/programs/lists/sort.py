# Sorting: stable, with key and reverse.
xs = [5, 2, 9, 1, 5, 6]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
words.sort(key=lambda w: w[-1])
print(words)
