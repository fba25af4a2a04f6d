# ARGS: check
x = 1 + 2

# CHECK:STDERR: fail_invalid_nonprintable.py:2:6: error: invalid non-printable character U+00A0 [InvalidCharacter]
# CHECK:STDERR:     2 | x = 1 + 2
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
