# ARGS: check
x = 1_

# CHECK:STDERR: fail_number_trailing_underscore.py:2:6: error: invalid decimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 1_
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
