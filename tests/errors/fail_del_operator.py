a = 1
del a + 1

# CHECK:STDERR: fail_del_operator.py:2:5: error: cannot delete expression [InvalidTarget]
# CHECK:STDERR:     2 | del a + 1
# CHECK:STDERR:       |     ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
