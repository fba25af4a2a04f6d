# F-strings in loops, building a table.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}")
print("-" * 25)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}")
total = 0.0
for name, qty, price in rows:
    total += qty * price
print(f"{'total':<10}|{'':>5}|{total:>8.2f}")
