from os import path,

# CHECK:STDERR: fail_from_import_trailing_comma.py:1:20: error: trailing comma not allowed without surrounding parentheses [InvalidSyntax]
# CHECK:STDERR:     1 | from os import path,
# CHECK:STDERR:       |                    ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
