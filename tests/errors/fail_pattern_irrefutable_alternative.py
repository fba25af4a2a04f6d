# ARGS: check
match x:
    case a | b:
        pass

# CHECK:STDERR: fail_pattern_irrefutable_alternative.py:3:10: error: name capture 'a' makes remaining patterns unreachable [InvalidPattern]
# CHECK:STDERR:     3 |     case a | b:
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
