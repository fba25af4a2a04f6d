# ARGS: check
def f():
    x = 1
    def g():
        global x
        nonlocal x

# CHECK:STDERR: fail_nonlocal_and_global.py:5:9: error: name 'x' is nonlocal and global [NameBothGlobalAndNonlocal]
# CHECK:STDERR:     5 |         global x
# CHECK:STDERR:       |         ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
