def f():
    global 1

# CHECK:STDERR: fail_global_literal.py:2:12: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 |     global 1
# CHECK:STDERR:       |            ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
