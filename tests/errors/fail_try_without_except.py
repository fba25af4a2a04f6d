# ARGS: check
try:
    pass
x = 1

# CHECK:STDERR: fail_try_without_except.py:4:1: error: expected 'except' or 'finally' block [ExpectedToken]
# CHECK:STDERR:     4 | x = 1
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
