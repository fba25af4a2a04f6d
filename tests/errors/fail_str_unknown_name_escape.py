# ARGS: check
x = '\N{NO SUCH CHARACTER NAME}'

# CHECK:STDERR: fail_str_unknown_name_escape.py:2:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name [EscapeDecodeError]
# CHECK:STDERR:     2 | x = '\N{NO SUCH CHARACTER NAME}'
# CHECK:STDERR:       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
