# ARGS: check
x = b'a' 'b'

# CHECK:STDERR: fail_mixed_bytes_str.py:2:13: error: cannot mix bytes and nonbytes literals [MixedBytesAndStr]
# CHECK:STDERR:     2 | x = b'a' 'b'
# CHECK:STDERR:       |             ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
