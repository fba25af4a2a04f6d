# ARGS: check
x = '\U00110000'

# CHECK:STDERR: fail_str_illegal_U_escape.py:2:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character [EscapeDecodeError]
# CHECK:STDERR:     2 | x = '\U00110000'
# CHECK:STDERR:       |     ^~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
