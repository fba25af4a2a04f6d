# ARGS: check
x = y ? 1 : 2

# CHECK:STDERR: fail_question_mark.py:2:7: error: invalid syntax [InvalidCharacter]
# CHECK:STDERR:     2 | x = y ? 1 : 2
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
