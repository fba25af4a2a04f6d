from .. import

# CHECK:STDERR: fail_import_from_relative_beyond_syntax.py:1:15: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | from .. import
# CHECK:STDERR:       |               ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
