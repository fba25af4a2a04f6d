# ARGS: check
match x:
    case f(1)(2):
        pass

# CHECK:STDERR: fail_pattern_call_expression.py:3:14: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     3 |     case f(1)(2):
# CHECK:STDERR:       |              ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
