# ARGS: check
def f(**k, a):
    pass

# CHECK:STDERR: fail_param_after_kwargs.py:2:12: error: arguments cannot follow var-keyword argument [InvalidParameters]
# CHECK:STDERR:     2 | def f(**k, a):
# CHECK:STDERR:       |            ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
