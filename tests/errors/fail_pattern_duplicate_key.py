# ARGS: check
match x:
    case {'a': 1, 'a': 2}:
        pass

# CHECK:STDERR: fail_pattern_duplicate_key.py:3:10: error: mapping pattern checks duplicate key ('a') [InvalidPattern]
# CHECK:STDERR:     3 |     case {'a': 1, 'a': 2}:
# CHECK:STDERR:       |          ^~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
