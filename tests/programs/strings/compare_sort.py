# String ordering is by code point.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "", "a"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(max(words), min(words))
