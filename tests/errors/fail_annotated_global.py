# ARGS: check
def f():
    global x
    x: int = 3

# CHECK:STDERR: fail_annotated_global.py:4:5: error: annotated name 'x' can't be global [AnnotatedGlobalOrNonlocal]
# CHECK:STDERR:     4 |     x: int = 3
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
