# ARGS: check
def f():
    return [(yield x) for x in y]

# CHECK:STDERR: fail_yield_in_comprehension.py:3:14: error: 'yield' inside list comprehension [YieldInComprehension]
# CHECK:STDERR:     3 |     return [(yield x) for x in y]
# CHECK:STDERR:       |              ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
