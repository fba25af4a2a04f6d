# ARGS: check
class = 1

# CHECK:STDERR: fail_keyword_as_name.py:2:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | class = 1
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
