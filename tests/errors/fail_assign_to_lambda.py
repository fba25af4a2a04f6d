lambda: 1 = 1

# CHECK:STDERR: fail_assign_to_lambda.py:1:1: error: cannot assign to lambda [InvalidTarget]
# CHECK:STDERR:     1 | lambda: 1 = 1
# CHECK:STDERR:       | ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
