# Removing duplicates while keeping first-seen order, and via a set.
xs = [3, 1, 3, 2, 1, 5, 2, 8]
seen = set()
out = []
for x in xs:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, sorted(set(xs)), len(set(xs)))
print(set("mississippi") == {"m", "i", "s", "p"})
