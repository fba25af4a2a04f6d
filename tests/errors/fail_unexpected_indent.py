# ARGS: check
x = 1
    y = 2

# CHECK:STDERR: fail_unexpected_indent.py:3:5: error: unexpected indent [UnexpectedIndent]
# CHECK:STDERR:     3 |     y = 2
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
