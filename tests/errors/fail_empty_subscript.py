a = [1]
b = a[]

# CHECK:STDERR: fail_empty_subscript.py:2:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | b = a[]
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
