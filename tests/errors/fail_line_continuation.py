# ARGS: check
x = 1 \ 2

# CHECK:STDERR: fail_line_continuation.py:2:8: error: unexpected character after line continuation character [LineContinuation]
# CHECK:STDERR:     2 | x = 1 \ 2
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
