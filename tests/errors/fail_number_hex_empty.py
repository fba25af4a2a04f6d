# ARGS: check
x = 0x

# CHECK:STDERR: fail_number_hex_empty.py:2:6: error: invalid hexadecimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 0x
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
