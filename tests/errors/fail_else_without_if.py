# ARGS: check
x = 1
else:
    pass

# CHECK:STDERR: fail_else_without_if.py:3:1: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     3 | else:
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
