# ARGS: check
x = b'café'

# CHECK:STDERR: fail_bytes_non_ascii.py:2:5: error: bytes can only contain ASCII literal characters [BytesNonAscii]
# CHECK:STDERR:     2 | x = b'café'
# CHECK:STDERR:       |     ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
