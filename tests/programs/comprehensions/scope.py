# Comprehension variables do not leak; enclosing names are visible.
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
factor = 10
def scaled(xs):
    return [v * factor for v in xs]
print(scaled([1, 2, 3]))
def make(n):
    return [[n * r + c for c in range(n)] for r in range(n)]
print(make(3))
