x = 1
elif x:
    pass

# CHECK:STDERR: fail_elif_without_if.py:2:1: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | elif x:
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
