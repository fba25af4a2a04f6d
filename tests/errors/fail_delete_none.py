del None

# CHECK:STDERR: fail_delete_none.py:1:5: error: cannot delete None [InvalidTarget]
# CHECK:STDERR:     1 | del None
# CHECK:STDERR:       |     ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
