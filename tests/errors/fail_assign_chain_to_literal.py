x = 1 = 2

# CHECK:STDERR: fail_assign_chain_to_literal.py:1:5: error: cannot assign to literal [InvalidTarget]
# CHECK:STDERR:     1 | x = 1 = 2
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
