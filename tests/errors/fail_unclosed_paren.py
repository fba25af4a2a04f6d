# ARGS: check
x = (1,
y = 2

# CHECK:STDERR: fail_unclosed_paren.py:2:5: error: '(' was never closed [UnclosedBracket]
# CHECK:STDERR:     2 | x = (1,
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
