# A formatted report using several formatting styles.
scores = [("alice", 93.5), ("bob", 78.25), ("carol", 88.0), ("dave", 65.125)]
for i, (name, score) in enumerate(scores):
    grade = "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D"
    print("%-2d %-8s %6.2f %s" % (i + 1, name, score, grade))
    print("{:<3}{:>8}{:>9.1f}".format(i + 1, name, score))
mean = sum([s for _, s in scores]) / len(scores)
print(f"mean={mean:.3f}")
