# ARGS: check
x = f'{y'

# CHECK:STDERR: fail_fstring_unclosed_field.py:2:9: error: f-string: expecting '}' [FStringError]
# CHECK:STDERR:     2 | x = f'{y'
# CHECK:STDERR:       |         ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
