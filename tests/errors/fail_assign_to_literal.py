# ARGS: check
1 = x

# CHECK:STDERR: fail_assign_to_literal.py:2:1: error: cannot assign to literal here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     2 | 1 = x
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
