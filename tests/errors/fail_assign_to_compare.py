a = 1
a < 2 = 3

# CHECK:STDERR: fail_assign_to_compare.py:2:1: error: cannot assign to comparison [InvalidTarget]
# CHECK:STDERR:     2 | a < 2 = 3
# CHECK:STDERR:       | ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
