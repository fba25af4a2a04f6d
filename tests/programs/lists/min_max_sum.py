# Aggregates over lists.
xs = [4, -2, 7, 0, 7, -9]
print(min(xs), max(xs), sum(xs), sum(xs, 100), len(xs))
print(max(xs, key=abs), min(xs, key=lambda v: (v % 3, v)))
print(sorted(xs), sorted(xs, reverse=True), list(reversed(xs)))
print(any(xs), all(xs), any([]), all([]))
