with open('x') as *a:
    pass

# CHECK:STDERR: fail_with_star_target.py:1:19: error: starred assignment target must be in a list or tuple [InvalidStarredExpression]
# CHECK:STDERR:     1 | with open('x') as *a:
# CHECK:STDERR:       |                   ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
