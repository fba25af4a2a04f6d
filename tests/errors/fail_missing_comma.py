# ARGS: check
x = [1 2]

# CHECK:STDERR: fail_missing_comma.py:2:6: error: invalid syntax. Perhaps you forgot a comma? [InvalidSyntax]
# CHECK:STDERR:     2 | x = [1 2]
# CHECK:STDERR:       |      ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
