# A program with a syntax error, to show what taipan's diagnostics look like:
# `taipan check examples/bad.py` reports it with the line and a caret, the
# way CPython would, and exits with status 1.


def average(values):
    if not values
        return 0.0
    return sum(values) / len(values)


print(average([1, 2, 3]))
