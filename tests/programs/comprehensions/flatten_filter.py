# Flattening and filtering nested data.
data = [[1, 2, 3], [], [4, 5], [6]]
flat = [x for row in data for x in row]
print(flat)
evens = [x for x in flat if x % 2 == 0]
print(evens, sum(evens))
pairs = [(a, b) for a in range(1, 20) for b in range(a, 20) if a * a + b * b in [c * c for c in range(20)]]
print(pairs)
