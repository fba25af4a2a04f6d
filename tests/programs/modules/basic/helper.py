# A helper module: module-level state, a function, a class.
runs = 0
runs += 1
print("helper body runs, __name__ =", __name__, "main?", __name__ == "__main__")
X = 42


def double(a):
    return a * 2


def describe():
    return "X is " + str(X)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n
