# ARGS: run %s
"""An uncaught exception in a program started by `taipan run`: its stdout so
far, CPython's traceback on stderr, exit status 1."""


def f(x):
    return 1 // x


print("before")
f(0)

# CHECK:STDOUT: before
# CHECK:STDERR: Traceback (most recent call last):
# CHECK:STDERR:   File "fail_run_uncaught.py", line 11, in <module>
# CHECK:STDERR:     f(0)
# CHECK:STDERR:   File "fail_run_uncaught.py", line 7, in f
# CHECK:STDERR:     return 1 // x
# CHECK:STDERR:            ~~^^~~
# CHECK:STDERR: ZeroDivisionError: integer division or modulo by zero
# CHECK:EXIT: 1
