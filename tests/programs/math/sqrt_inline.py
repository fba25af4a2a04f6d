import math

class Half:
    def __float__(self):
        return 0.25

def norm(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x * x
    return math.sqrt(s)

def root(v) -> float:
    return math.sqrt(v)

print(norm([3.0, 4.0]), norm([1.0, 2.0, 2.0]))
print(root(2), root(True), root(2.25), root(Half()), root(10**20))
print(math.sqrt(-0.0), math.sqrt(float("inf")), math.sqrt(float("nan")))
for bad in [-1.0, -1, "x", None]:
    try:
        print(root(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
