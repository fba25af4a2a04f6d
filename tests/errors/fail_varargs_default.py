def f(*a=1):
    pass

# CHECK:STDERR: fail_varargs_default.py:1:9: error: var-positional argument cannot have default value [InvalidParameters]
# CHECK:STDERR:     1 | def f(*a=1):
# CHECK:STDERR:       |         ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
