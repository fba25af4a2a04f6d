def f(**k):
    pass
f(__debug__=1)

# CHECK:STDERR: fail_keyword_debug_arg.py:3:1: error: cannot assign to __debug__ [AssignToDebug]
# CHECK:STDERR:     3 | f(__debug__=1)
# CHECK:STDERR:       | ^~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
