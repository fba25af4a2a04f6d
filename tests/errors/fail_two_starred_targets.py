# ARGS: check
a, *b, *c = d

# CHECK:STDERR: fail_two_starred_targets.py:2:1: error: multiple starred expressions in assignment [InvalidStarredExpression]
# CHECK:STDERR:     2 | a, *b, *c = d
# CHECK:STDERR:       | ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
