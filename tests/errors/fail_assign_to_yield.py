# ARGS: check
def f():
    x = yield = 1

# CHECK:STDERR: fail_assign_to_yield.py:3:9: error: assignment to yield expression not possible [InvalidTarget]
# CHECK:STDERR:     3 |     x = yield = 1
# CHECK:STDERR:       |         ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
