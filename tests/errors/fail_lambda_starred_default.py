f = lambda *a=1: 0

# CHECK:STDERR: fail_lambda_starred_default.py:1:14: error: var-positional argument cannot have default value [InvalidParameters]
# CHECK:STDERR:     1 | f = lambda *a=1: 0
# CHECK:STDERR:       |              ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
