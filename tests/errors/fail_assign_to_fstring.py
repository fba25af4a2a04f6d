f'{1}' = 1

# CHECK:STDERR: fail_assign_to_fstring.py:1:1: error: cannot assign to f-string expression here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     1 | f'{1}' = 1
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
