a = [1]
b = (*a)

# CHECK:STDERR: fail_starred_in_parens.py:2:6: error: cannot use starred expression here [InvalidStarredExpression]
# CHECK:STDERR:     2 | b = (*a)
# CHECK:STDERR:       |      ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
