# ARGS: check %s
"""A valid file: no output, exit status 0."""
def f(x):
    return x + 1

# CHECK:EXIT: 0
