x = 1
finally:
    pass

# CHECK:STDERR: fail_finally_without_try.py:2:1: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | finally:
# CHECK:STDERR:       | ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
