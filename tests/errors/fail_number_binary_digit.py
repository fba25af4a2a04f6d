# ARGS: check
x = 0b102

# CHECK:STDERR: fail_number_binary_digit.py:2:9: error: invalid digit '2' in binary literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 0b102
# CHECK:STDERR:       |         ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
