# ARGS: check
x = b'\x1'

# CHECK:STDERR: fail_bytes_bad_hex_escape.py:2:5: error: (value error) invalid \x escape at position 0 [EscapeDecodeError]
# CHECK:STDERR:     2 | x = b'\x1'
# CHECK:STDERR:       |     ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
