# ARGS: check
del f()

# CHECK:STDERR: fail_delete_call.py:2:5: error: cannot delete function call [InvalidTarget]
# CHECK:STDERR:     2 | del f()
# CHECK:STDERR:       |     ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
