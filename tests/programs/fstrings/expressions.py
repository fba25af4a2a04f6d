# Arbitrary expressions inside f-strings.
items = [3, 1, 2]
d = {"k": "v"}
print(f"{sorted(items)} {items[0] * 10} {d['k']} {len(items) > 2}")
print(f"{'yes' if items else 'no'} {sum(items):>5} {max(items):03d}")
print(f"{[i * i for i in items]}")
print(f"{3 + 4 if False else 7}")
