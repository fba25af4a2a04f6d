# ARGS: check
def f():
    continue

# CHECK:STDERR: fail_continue_outside_loop.py:3:5: error: 'continue' not properly in loop [InvalidOutsideLoop]
# CHECK:STDERR:     3 |     continue
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
