# ARGS: check
match x:
    case 1 + y:
        pass

# CHECK:STDERR: fail_pattern_arithmetic.py:3:14: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     3 |     case 1 + y:
# CHECK:STDERR:       |              ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
