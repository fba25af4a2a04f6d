# ARGS: check
def f(a=1, b):
    pass

# CHECK:STDERR: fail_default_before_nondefault.py:2:12: error: non-default argument follows default argument [InvalidParameters]
# CHECK:STDERR:     2 | def f(a=1, b):
# CHECK:STDERR:       |            ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
