# ARGS: check
a := 1

# CHECK:STDERR: fail_walrus_statement.py:2:3: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | a := 1
# CHECK:STDERR:       |   ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
