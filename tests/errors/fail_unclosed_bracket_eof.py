# ARGS: check
x = [1, 2,
     3

# CHECK:STDERR: fail_unclosed_bracket_eof.py:2:5: error: '[' was never closed [UnclosedBracket]
# CHECK:STDERR:     2 | x = [1, 2,
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
