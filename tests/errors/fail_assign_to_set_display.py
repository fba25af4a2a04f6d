{a, b} = {1, 2}

# CHECK:STDERR: fail_assign_to_set_display.py:1:1: error: cannot assign to set display here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     1 | {a, b} = {1, 2}
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
