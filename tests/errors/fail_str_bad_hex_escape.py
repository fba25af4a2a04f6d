# ARGS: check
x = '\x4g'

# CHECK:STDERR: fail_str_bad_hex_escape.py:2:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape [EscapeDecodeError]
# CHECK:STDERR:     2 | x = '\x4g'
# CHECK:STDERR:       |     ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
