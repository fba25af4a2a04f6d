@property
x = 1

# CHECK:STDERR: fail_decorator_on_assignment.py:2:1: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | x = 1
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
