# ARGS: check
f(a=1, b)

# CHECK:STDERR: fail_positional_after_keyword.py:2:8: error: positional argument follows keyword argument [InvalidArguments]
# CHECK:STDERR:     2 | f(a=1, b)
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
