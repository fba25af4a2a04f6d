# ARGS: check
try:
    pass
except*:
    pass

# CHECK:STDERR: fail_except_star_bare.py:4:8: error: expected one or more exception types [ExpectedToken]
# CHECK:STDERR:     4 | except*:
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
