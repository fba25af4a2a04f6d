a = [1]
b = *a

# CHECK:STDERR: fail_starred_assign_value.py:2:5: error: can't use starred expression here [InvalidStarredExpression]
# CHECK:STDERR:     2 | b = *a
# CHECK:STDERR:       |     ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
