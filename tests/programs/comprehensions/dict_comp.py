# Dict comprehensions.
words = ["alpha", "beta", "gamma", "delta"]
print({w: len(w) for w in words})
print({i: i * i for i in range(6) if i % 2})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({k: [i for i in range(k)] for k in range(3)})
