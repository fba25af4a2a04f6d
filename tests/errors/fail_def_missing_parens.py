def f:
    pass

# CHECK:STDERR: fail_def_missing_parens.py:1:6: error: expected '(' [ExpectedToken]
# CHECK:STDERR:     1 | def f:
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
