"""Micro-benchmark (issue #5): for loops over a user iterator whose
__next__ ends with raise StopIteration, 200k loops of 3 items."""


class Three:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i


def main():
    t = 0
    for k in range(200000):
        for v in Three():
            t += v
    print(t)


main()
