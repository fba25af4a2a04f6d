# ARGS: check
if x:
        y = 1
    z = 2

# CHECK:STDERR: fail_unindent_mismatch.py:4:10: error: unindent does not match any outer indentation level [UnindentMismatch]
# CHECK:STDERR:     4 |     z = 2
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
