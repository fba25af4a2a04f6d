x = 1 +

# CHECK:STDERR: fail_missing_expression_after_plus.py:1:8: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | x = 1 +
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
