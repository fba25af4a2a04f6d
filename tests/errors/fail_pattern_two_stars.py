# ARGS: check
match x:
    case [*a, *b]:
        pass

# CHECK:STDERR: fail_pattern_two_stars.py:3:10: error: multiple starred names in sequence pattern [InvalidPattern]
# CHECK:STDERR:     3 |     case [*a, *b]:
# CHECK:STDERR:       |          ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
