import os as a.b

# CHECK:STDERR: fail_import_as_dotted.py:1:15: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | import os as a.b
# CHECK:STDERR:       |               ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
