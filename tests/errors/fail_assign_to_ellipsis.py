... = 1

# CHECK:STDERR: fail_assign_to_ellipsis.py:1:1: error: cannot assign to ellipsis here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     1 | ... = 1
# CHECK:STDERR:       | ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
