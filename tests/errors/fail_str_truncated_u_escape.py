# ARGS: check
x = '\u12'

# CHECK:STDERR: fail_str_truncated_u_escape.py:2:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape [EscapeDecodeError]
# CHECK:STDERR:     2 | x = '\u12'
# CHECK:STDERR:       |     ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
