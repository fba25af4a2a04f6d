# ARGS: check
f(**a, *b)

# CHECK:STDERR: fail_unpack_after_kwunpack.py:2:8: error: iterable argument unpacking follows keyword argument unpacking [InvalidArguments]
# CHECK:STDERR:     2 | f(**a, *b)
# CHECK:STDERR:       |        ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
