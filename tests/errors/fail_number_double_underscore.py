# ARGS: check
x = 1__0

# CHECK:STDERR: fail_number_double_underscore.py:2:6: error: invalid decimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 1__0
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
