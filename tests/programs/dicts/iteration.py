# Iterating keys, values and items.
prices = {"apple": 0.5, "pear": 0.75, "fig": 2.0}
for k in prices:
    print(k, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}")
total = 0.0
for v in prices.values():
    total += v
print(total)
print(sorted(prices, key=lambda k: prices[k], reverse=True))
