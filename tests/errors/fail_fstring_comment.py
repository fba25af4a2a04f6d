# ARGS: check
x = f'{y # comment}'

# CHECK:STDERR: fail_fstring_comment.py:2:7: error: '{' was never closed [UnclosedBracket]
# CHECK:STDERR:     2 | x = f'{y # comment}'
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
