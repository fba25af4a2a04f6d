x = 1.2.3

# CHECK:STDERR: fail_number_two_dots.py:1:8: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | x = 1.2.3
# CHECK:STDERR:       |        ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
