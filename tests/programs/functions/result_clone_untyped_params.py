# Module functions with no typed parameter but an int/float/bool result annotation get a clone whose result is inferred (never taken from the annotation).
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def count(node: Node) -> int:
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def grow(n) -> int:
    if n == 0:
        return 1
    return grow(n - 1) * 1000003


def liar(x) -> int:
    if x:
        return "not an int"
    return 1


def half(x) -> float:
    return x / 2


def ratio(x) -> float:
    return x


def positive(x) -> bool:
    return x > 0


def build(d):
    return Node(None, None) if d == 0 else Node(build(d - 1), build(d - 1))


print(count(build(10)), grow(12), liar(0), liar(1), half(7), half(7.5))
print(ratio(3), type(ratio(3)).__name__, ratio("s"), positive(2), positive(-2.5))


class Big:
    def __gt__(self, other):
        return "truthy"


print(positive(Big()))
total = 0
for i in range(2000):
    total += count(build(i % 3))
print(total)
