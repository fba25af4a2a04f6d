"""Micro-benchmark (issue #5): raise a user exception one frame up and
catch it, 1M times."""


class Oops(Exception):
    pass


def fail(i: int) -> int:
    raise Oops(i)


def main() -> None:
    caught = 0
    for i in range(1000000):
        try:
            fail(i)
        except Oops:
            caught += 1
    print(caught)


main()
