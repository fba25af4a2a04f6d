# ARGS: check
def f():
    x = 1
    def g():
        x: int
        nonlocal x

# CHECK:STDERR: fail_annotated_nonlocal.py:6:9: error: annotated name 'x' can't be nonlocal [AnnotatedGlobalOrNonlocal]
# CHECK:STDERR:     6 |         nonlocal x
# CHECK:STDERR:       |         ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
