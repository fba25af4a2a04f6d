# ARGS: check
x = [1,
     2,
     3)

# CHECK:STDERR: fail_mismatched_bracket_multiline.py:4:7: error: closing parenthesis ')' does not match opening parenthesis '[' on line 2 [MismatchedBracket]
# CHECK:STDERR:     4 |      3)
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
