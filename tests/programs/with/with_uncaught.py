# An exception leaving a with body calls __exit__ and, not suppressed, ends the
# program with its traceback.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__)


def g():
    with CM():
        raise ValueError("boom")


g()
