# ARGS: check
def f():
    return ((yield x) for x in range(3))

# CHECK:STDERR: fail_yield_in_genexp.py:3:14: error: 'yield' inside generator expression [YieldInComprehension]
# CHECK:STDERR:     3 |     return ((yield x) for x in range(3))
# CHECK:STDERR:       |              ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
