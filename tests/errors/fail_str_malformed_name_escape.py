# ARGS: check
x = '\N{LATIN'

# CHECK:STDERR: fail_str_malformed_name_escape.py:2:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \N character escape [EscapeDecodeError]
# CHECK:STDERR:     2 | x = '\N{LATIN'
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
