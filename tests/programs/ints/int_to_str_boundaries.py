# str(), repr(), %d and f-strings of ints around every digit-count boundary,
# negative and positive, small (tagged) and big.
vals = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 10**9, 10**18 - 1, 10**18, 2**62 - 1, 2**62, 2**63 - 1, 2**63, 2**64, 10**19, 10**20 + 7]
for v in vals:
    for w in (v, -v, v + 1, -v - 1):
        print(str(w), repr(w), "%d" % w, f"{w}", len(str(w)))
print(str(-5), str(-10), str(-99), str(-100))
print([str(i) for i in range(-12, 13)])
