def __debug__():
    pass

# CHECK:STDERR: fail_def_debug_name.py:1:1: error: cannot assign to __debug__ [AssignToDebug]
# CHECK:STDERR:     1 | def __debug__():
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
