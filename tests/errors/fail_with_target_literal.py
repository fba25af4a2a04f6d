# ARGS: check
with a as 1:
    pass

# CHECK:STDERR: fail_with_target_literal.py:2:11: error: cannot assign to literal [InvalidTarget]
# CHECK:STDERR:     2 | with a as 1:
# CHECK:STDERR:       |           ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
