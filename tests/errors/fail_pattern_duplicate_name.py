# ARGS: check
match x:
    case (a, a):
        pass

# CHECK:STDERR: fail_pattern_duplicate_name.py:3:14: error: multiple assignments to name 'a' in pattern [InvalidPattern]
# CHECK:STDERR:     3 |     case (a, a):
# CHECK:STDERR:       |              ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
