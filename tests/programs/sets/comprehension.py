# Set comprehensions and frozen-like use through sorted output.
squares = {x * x % 10 for x in range(20)}
print(squares)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}))
print({n % 7 for n in [14, 15, 16, 21, 22]})
