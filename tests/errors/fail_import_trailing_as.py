# ARGS: check
import a.b as

# CHECK:STDERR: fail_import_trailing_as.py:2:14: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | import a.b as
# CHECK:STDERR:       |              ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
