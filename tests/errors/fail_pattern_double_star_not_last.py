# ARGS: check
match x:
    case {**rest, 'a': 1}:
        pass

# CHECK:STDERR: fail_pattern_double_star_not_last.py:3:19: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     3 |     case {**rest, 'a': 1}:
# CHECK:STDERR:       |                   ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
