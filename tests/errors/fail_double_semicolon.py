x = 1;;

# CHECK:STDERR: fail_double_semicolon.py:1:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | x = 1;;
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
