# ARGS: check
x + 1 = 2

# CHECK:STDERR: fail_assign_to_operator.py:2:1: error: cannot assign to expression here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     2 | x + 1 = 2
# CHECK:STDERR:       | ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
