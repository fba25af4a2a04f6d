# ARGS: check
def f(*, **k):
    pass

# CHECK:STDERR: fail_bare_star_then_kwargs.py:2:7: error: named arguments must follow bare * [InvalidParameters]
# CHECK:STDERR:     2 | def f(*, **k):
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
