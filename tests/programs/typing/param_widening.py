# Annotated parameters that the body reassigns with values of other types:
# the typed copy must widen the variable, never fail to compile.


def g(x: int, y: float) -> float:
    k = [x][0]
    if k > 5:
        y = y + k
    return y


def h(n: int):
    if n > 3:
        n = str(n) + "!"
    return n


def f(a: float, b: bool):
    if b:
        a = None
    b = [b]
    return a, b


def loop(total: float, items) -> float:
    for it in items:
        total = total + it
    return total


print(g(7, 1.5), g(1, 2.0))
print(h(2), h(10))
print(f(1.5, False), f(2.5, True))
print(loop(0.5, [1, 2, 3]), loop(1.0, [0.25, "x"] [:1]))
try:
    loop(1.0, ["bad"])
except TypeError as e:
    print("TypeError:", e)
