# ARGS: check
y = [x for 1 in z]

# CHECK:STDERR: fail_comprehension_target.py:2:12: error: cannot assign to literal [InvalidTarget]
# CHECK:STDERR:     2 | y = [x for 1 in z]
# CHECK:STDERR:       |            ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
