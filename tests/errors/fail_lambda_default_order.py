# ARGS: check
g = lambda a=1, b: 0

# CHECK:STDERR: fail_lambda_default_order.py:2:17: error: non-default argument follows default argument [InvalidParameters]
# CHECK:STDERR:     2 | g = lambda a=1, b: 0
# CHECK:STDERR:       |                 ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
