# ARGS: check
def f():
    x = 1
    def g():
        print(x)
        nonlocal x

# CHECK:STDERR: fail_used_before_nonlocal.py:6:9: error: name 'x' is used prior to nonlocal declaration [NameUsedBeforeDeclaration]
# CHECK:STDERR:     6 |         nonlocal x
# CHECK:STDERR:       |         ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
