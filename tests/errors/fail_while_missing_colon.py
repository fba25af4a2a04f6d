while True
    pass

# CHECK:STDERR: fail_while_missing_colon.py:1:11: error: expected ':' [ExpectedToken]
# CHECK:STDERR:     1 | while True
# CHECK:STDERR:       |           ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
