# ARGS: check
for *a in b:
    pass

# CHECK:STDERR: fail_starred_for_target.py:2:5: error: starred assignment target must be in a list or tuple [InvalidStarredExpression]
# CHECK:STDERR:     2 | for *a in b:
# CHECK:STDERR:       |     ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
