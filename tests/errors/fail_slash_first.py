# ARGS: check
def f(/, a):
    pass

# CHECK:STDERR: fail_slash_first.py:2:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | def f(/, a):
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
