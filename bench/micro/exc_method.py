"""Micro-benchmark (issue #5): a method that raises, called through a bound
method and caught by its caller, 500k times."""


class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        if not self.items:
            raise IndexError("empty")
        return self.items.pop()


def main():
    s = Stack()
    n = 0
    for i in range(500000):
        try:
            s.pop()
        except IndexError:
            n += 1
    print(n)


main()
