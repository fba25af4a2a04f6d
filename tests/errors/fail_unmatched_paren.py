# ARGS: check
x = 1)

# CHECK:STDERR: fail_unmatched_paren.py:2:6: error: unmatched ')' [UnmatchedBracket]
# CHECK:STDERR:     2 | x = 1)
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
