def f(**a, **b):
    pass

# CHECK:STDERR: fail_two_kwargs_params.py:1:12: error: arguments cannot follow var-keyword argument [InvalidParameters]
# CHECK:STDERR:     1 | def f(**a, **b):
# CHECK:STDERR:       |            ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
