# ARGS: check
f(a=1, a=2)

# CHECK:STDERR: fail_keyword_repeated.py:2:8: error: keyword argument repeated: a [InvalidArguments]
# CHECK:STDERR:     2 | f(a=1, a=2)
# CHECK:STDERR:       |        ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
