del 1

# CHECK:STDERR: fail_del_literal.py:1:5: error: cannot delete literal [InvalidTarget]
# CHECK:STDERR:     1 | del 1
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
