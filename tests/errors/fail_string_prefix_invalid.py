x = bu'abc'

# CHECK:STDERR: fail_string_prefix_invalid.py:1:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | x = bu'abc'
# CHECK:STDERR:       |       ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
