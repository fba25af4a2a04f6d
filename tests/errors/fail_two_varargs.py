# ARGS: check
def f(*a, *b):
    pass

# CHECK:STDERR: fail_two_varargs.py:2:11: error: * argument may appear only once [InvalidParameters]
# CHECK:STDERR:     2 | def f(*a, *b):
# CHECK:STDERR:       |           ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
