# ARGS: check
a, True = 1, 2

# CHECK:STDERR: fail_assign_to_true_in_tuple.py:2:4: error: cannot assign to True [InvalidTarget]
# CHECK:STDERR:     2 | a, True = 1, 2
# CHECK:STDERR:       |    ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
