# PEP 585 builtin generics in annotations.
def group(xs: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for x in xs:
        out.setdefault(x % 3, []).append(x)
    return out

def pairs(n: int) -> list[tuple[int, int]]:
    return [(i, i * i) for i in range(n)]

print(group([1, 2, 3, 4, 5, 6, 7]), pairs(4))
x: int | None = None
print(x)
