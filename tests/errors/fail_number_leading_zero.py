# ARGS: check
x = 0777

# CHECK:STDERR: fail_number_leading_zero.py:2:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers [InvalidNumber]
# CHECK:STDERR:     2 | x = 0777
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
