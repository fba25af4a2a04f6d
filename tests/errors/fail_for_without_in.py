for x range(3):
    pass

# CHECK:STDERR: fail_for_without_in.py:1:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | for x range(3):
# CHECK:STDERR:       |       ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
