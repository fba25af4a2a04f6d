# ARGS: check
__debug__ = 1

# CHECK:STDERR: fail_assign_to_debug.py:2:1: error: cannot assign to __debug__ [AssignToDebug]
# CHECK:STDERR:     2 | __debug__ = 1
# CHECK:STDERR:       | ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
