# ARGS: check
x = = 1

# CHECK:STDERR: fail_invalid_syntax.py:2:5: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | x = = 1
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
