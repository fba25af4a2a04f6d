(x for x in y) = 1

# CHECK:STDERR: fail_assign_to_genexp.py:1:1: error: cannot assign to generator expression [InvalidTarget]
# CHECK:STDERR:     1 | (x for x in y) = 1
# CHECK:STDERR:       | ^~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
