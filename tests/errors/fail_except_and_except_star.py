# ARGS: check
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass

# CHECK:STDERR: fail_except_and_except_star.py:6:1: error: cannot have both 'except' and 'except*' on the same 'try' [InvalidSyntax]
# CHECK:STDERR:     6 | except* TypeError:
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
