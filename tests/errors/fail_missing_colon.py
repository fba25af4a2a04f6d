# ARGS: check
if x
    pass

# CHECK:STDERR: fail_missing_colon.py:2:5: error: expected ':' [ExpectedToken]
# CHECK:STDERR:     2 | if x
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
