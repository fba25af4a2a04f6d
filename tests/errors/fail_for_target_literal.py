# ARGS: check
for 1 in x:
    pass

# CHECK:STDERR: fail_for_target_literal.py:2:5: error: cannot assign to literal [InvalidTarget]
# CHECK:STDERR:     2 | for 1 in x:
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
