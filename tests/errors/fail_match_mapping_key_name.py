x = {}
match x:
    case {a: 1}:
        pass

# CHECK:STDERR: fail_match_mapping_key_name.py:3:12: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     3 |     case {a: 1}:
# CHECK:STDERR:       |            ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
