# Using a list as a dict key, uncaught.
d = {}
d[(1, 2)] = "ok"
print(d)
d[[1, 2]] = "bad"
