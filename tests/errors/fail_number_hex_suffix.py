# ARGS: check
x = 0x1g

# CHECK:STDERR: fail_number_hex_suffix.py:2:7: error: invalid hexadecimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 0x1g
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
