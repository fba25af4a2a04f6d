# ARGS: check
def f(__debug__):
    pass

# CHECK:STDERR: fail_debug_parameter.py:2:1: error: cannot assign to __debug__ [AssignToDebug]
# CHECK:STDERR:     2 | def f(__debug__):
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
