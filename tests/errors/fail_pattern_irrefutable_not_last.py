# ARGS: check
match x:
    case y:
        pass
    case 1:
        pass

# CHECK:STDERR: fail_pattern_irrefutable_not_last.py:3:10: error: name capture 'y' makes remaining patterns unreachable [InvalidPattern]
# CHECK:STDERR:     3 |     case y:
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
