# ARGS: check
x = f'{}'

# CHECK:STDERR: fail_fstring_empty_expression.py:2:8: error: f-string: empty expression not allowed [InvalidFString]
# CHECK:STDERR:     2 | x = f'{}'
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
