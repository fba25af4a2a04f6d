x = [1, 2)

# CHECK:STDERR: fail_unmatched_bracket_close.py:1:10: error: closing parenthesis ')' does not match opening parenthesis '[' [MismatchedBracket]
# CHECK:STDERR:     1 | x = [1, 2)
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
