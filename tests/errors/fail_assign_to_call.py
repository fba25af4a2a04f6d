# ARGS: check
f() = 1

# CHECK:STDERR: fail_assign_to_call.py:2:1: error: cannot assign to function call here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     2 | f() = 1
# CHECK:STDERR:       | ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
