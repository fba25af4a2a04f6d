def f(**k, *a):
    pass

# CHECK:STDERR: fail_star_after_double_star_param.py:1:12: error: arguments cannot follow var-keyword argument [InvalidParameters]
# CHECK:STDERR:     1 | def f(**k, *a):
# CHECK:STDERR:       |            ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
