# An exception escaping a generator through yield from reaches the caller
# with the generator frames in its traceback.
def inner():
    yield 1
    x = 1 / 0
    yield x


def outer():
    yield from inner()


def main():
    for v in outer():
        print(v)


main()
