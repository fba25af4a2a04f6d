match 1:
    case x | 2:
        pass

# CHECK:STDERR: fail_match_capture_unreachable_alt.py:2:10: error: name capture 'x' makes remaining patterns unreachable [InvalidPattern]
# CHECK:STDERR:     2 |     case x | 2:
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
