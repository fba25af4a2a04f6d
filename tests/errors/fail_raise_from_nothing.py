raise ValueError from

# CHECK:STDERR: fail_raise_from_nothing.py:1:22: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | raise ValueError from
# CHECK:STDERR:       |                      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
