# ARGS: check
*a = 1

# CHECK:STDERR: fail_starred_assign_target.py:2:1: error: starred assignment target must be in a list or tuple [InvalidStarredExpression]
# CHECK:STDERR:     2 | *a = 1
# CHECK:STDERR:       | ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
