x = 1
[i for i in range(3)] = x

# CHECK:STDERR: fail_assign_to_listcomp.py:2:1: error: cannot assign to list comprehension here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     2 | [i for i in range(3)] = x
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
