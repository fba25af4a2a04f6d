try:
    pass
except*:
    pass

# CHECK:STDERR: fail_except_group_without_type.py:3:8: error: expected one or more exception types [ExpectedToken]
# CHECK:STDERR:     3 | except*:
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
