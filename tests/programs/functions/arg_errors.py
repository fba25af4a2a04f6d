# Wrong calls raise TypeError with CPython's messages.
def f(a, b, c=3):
    return a + b + c

calls = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: len(),
    lambda: "x"(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
