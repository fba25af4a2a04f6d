# ARGS: check
a if b else c = 1

# CHECK:STDERR: fail_assign_to_ternary.py:2:1: error: cannot assign to conditional expression [InvalidTarget]
# CHECK:STDERR:     2 | a if b else c = 1
# CHECK:STDERR:       | ^~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
