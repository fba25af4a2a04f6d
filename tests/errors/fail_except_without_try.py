except ValueError:
    pass

# CHECK:STDERR: fail_except_without_try.py:1:1: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | except ValueError:
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
