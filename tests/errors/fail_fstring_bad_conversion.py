# ARGS: check
x = f'{y!z}'

# CHECK:STDERR: fail_fstring_bad_conversion.py:2:10: error: f-string: invalid conversion character: expected 's', 'r', or 'a' [InvalidFString]
# CHECK:STDERR:     2 | x = f'{y!z}'
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
