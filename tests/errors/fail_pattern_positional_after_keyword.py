# ARGS: check
match x:
    case Point(x=1, 2):
        pass

# CHECK:STDERR: fail_pattern_positional_after_keyword.py:3:21: error: positional patterns follow keyword patterns [InvalidPattern]
# CHECK:STDERR:     3 |     case Point(x=1, 2):
# CHECK:STDERR:       |                     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
