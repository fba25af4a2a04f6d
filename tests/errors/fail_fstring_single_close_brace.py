# ARGS: check
x = f'a } b'

# CHECK:STDERR: fail_fstring_single_close_brace.py:2:9: error: f-string: single '}' is not allowed [FStringError]
# CHECK:STDERR:     2 | x = f'a } b'
# CHECK:STDERR:       |         ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
