# ARGS: check
x = f'{a b}'

# CHECK:STDERR: fail_fstring_invalid_expression.py:2:10: error: f-string: expecting '}' [InvalidFString]
# CHECK:STDERR:     2 | x = f'{a b}'
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
