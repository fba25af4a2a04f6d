# ARGS: check
def f(/, a):
    pass

# CHECK:STDERR: fail_slash_first.py:2:7: error: at least one argument must precede / [InvalidParameters]
# CHECK:STDERR:     2 | def f(/, a):
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
