# ARGS: check
x = *a

# CHECK:STDERR: fail_starred_alone.py:2:5: error: can't use starred expression here [InvalidStarredExpression]
# CHECK:STDERR:     2 | x = *a
# CHECK:STDERR:       |     ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
