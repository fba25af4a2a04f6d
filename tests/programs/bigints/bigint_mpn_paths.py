# Big-int add, sub, mul and floor division past the 128-bit path (the
# runtime computes them limb by limb into the result): every sign
# combination, operands of different lengths, carries that add a limb,
# differences that cancel to zero or to a small int, and results at the
# small-int boundary (2**62).
vals = [0, 1, -1, 7, -7, 2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**64 - 1, 2**64, -(2**64),
        2**127, -(2**127), 2**128 - 1, 2**200 + 12345, -(2**200) - 999, 3**150, -(3**150),
        (2**256 - 1), -(2**256 - 1), 10**80 + 7, -(10**80) + 3]
lines = []
for a in vals:
    for b in vals:
        lines.append(f"{a} + {b} = {a + b}")
        lines.append(f"{a} - {b} = {a - b}")
        lines.append(f"{a} * {b} = {a * b}")
        if b:
            lines.append(f"{a} // {b} = {a // b}")
for line in lines:
    print(line)
# Results that cancel back to small ints are the canonical small form.
x = 2**300 + 5
print(x - 2**300, type(x - 2**300), (x - 2**300) == 5)
print(-(2**300) + (2**300 + 41))
print((2**200) * 0, 0 * (2**200), (2**200) // (2**201), -(2**200) // (2**201))
print((2**200 + 1) * (2**200 - 1) == 2**400 - 1)
# bool and int subclass operands give exact ints
class I(int):
    pass
print(type(I(2**100) + 0), I(2**100) + 0, type(True + 2**100), True * 2**70)
print(type(I(2**100) - I(2**100)), I(-(2**100)) // 3)
# pidigits-like recurrence
q, r, t = 1, 0, 1
for k in range(1, 200):
    r = q * (4 * k + 2) + r * (2 * k + 1)
    q = q * k
    t = t * (2 * k + 1)
print((3 * q + r) // t, (4 * q + r) // t, len(str(q)), r % 1000003, t % 999983)
print(str(-5), str(0), str(2**62 - 1), str(-(2**62)), repr(12345678901234), f"{-42}")
