# ARGS: check
x = {1: 2}}

# CHECK:STDERR: fail_unmatched_brace.py:2:11: error: unmatched '}' [UnmatchedBracket]
# CHECK:STDERR:     2 | x = {1: 2}}
# CHECK:STDERR:       |           ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
