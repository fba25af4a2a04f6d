# ARGS: check
x = 0o78

# CHECK:STDERR: fail_number_octal_digit.py:2:8: error: invalid digit '8' in octal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 0o78
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
