# str() and repr() of assorted values.
vals = [1, -2.5, True, None, "text", [1, "a"], (1,), (), {"k": 1}, {3}, 10 ** 20, 1e100]
for v in vals:
    print(str(v), repr(v))
print(str(), repr(""), str("x") + str(1))
