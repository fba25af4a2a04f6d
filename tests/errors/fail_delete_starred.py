a = [1]
del *a,

# CHECK:STDERR: fail_delete_starred.py:2:5: error: cannot delete starred [InvalidTarget]
# CHECK:STDERR:     2 | del *a,
# CHECK:STDERR:       |     ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
