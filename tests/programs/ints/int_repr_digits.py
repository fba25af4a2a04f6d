# str(), repr() and f-strings of ints around every power of ten and two:
# the digit count comes from the bit length.
vals = []
for k in range(0, 20):
    p = 10 ** k
    vals += [p - 1, p, p + 1, -(p - 1), -p, -(p + 1)]
for b in range(0, 64):
    vals += [2 ** b - 1, 2 ** b, -(2 ** b), -(2 ** b) + 1]
out = []
for v in vals:
    out.append(str(v))
    out.append(repr(v))
    out.append(f"{v}")
print(len(out), sum(len(s) for s in out))
print(" ".join(out[:200]))
print(" ".join(out[-300:]))
