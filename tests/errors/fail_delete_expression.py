# ARGS: check
del x + 1

# CHECK:STDERR: fail_delete_expression.py:2:5: error: cannot delete expression [InvalidTarget]
# CHECK:STDERR:     2 | del x + 1
# CHECK:STDERR:       |     ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
