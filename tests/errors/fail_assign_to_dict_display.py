{1: 2} = 3

# CHECK:STDERR: fail_assign_to_dict_display.py:1:1: error: cannot assign to dict literal here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     1 | {1: 2} = 3
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
