# ARGS: check
x = 1e

# CHECK:STDERR: fail_number_exponent.py:2:5: error: invalid decimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 1e
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
