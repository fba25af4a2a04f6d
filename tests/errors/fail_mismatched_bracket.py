# ARGS: check
x = (1, 2]

# CHECK:STDERR: fail_mismatched_bracket.py:2:10: error: closing parenthesis ']' does not match opening parenthesis '(' [MismatchedBracket]
# CHECK:STDERR:     2 | x = (1, 2]
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
