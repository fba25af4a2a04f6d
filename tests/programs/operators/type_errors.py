# Unsupported operand types raise TypeError with CPython's messages.
cases = [
    lambda: 1 + "a",
    lambda: "a" - "b",
    lambda: [1] * "x",
    lambda: None + 1,
    lambda: {} < {},
    lambda: 1 < "a",
    lambda: -"s",
    lambda: "abc"[1.5],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
