# ARGS: check
def f(*):
    pass

# CHECK:STDERR: fail_bare_star_no_names.py:2:7: error: named arguments must follow bare * [InvalidParameters]
# CHECK:STDERR:     2 | def f(*):
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
