"""Micro-benchmark (issue #5): `try: d[k] except KeyError` in a function
called 1M times, half the lookups missing."""


def lookup(d: dict, k: int) -> int:
    try:
        return d[k]
    except KeyError:
        return -1


def main() -> None:
    d = {i: i for i in range(0, 1000, 2)}
    total = 0
    for i in range(1000000):
        total += lookup(d, i % 1000)
    print(total)


main()
