# ARGS: check
x = 1abc

# CHECK:STDERR: fail_number_letter_suffix.py:2:5: error: invalid decimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 1abc
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
