# ARGS: check
def f(x):
    global x

# CHECK:STDERR: fail_parameter_and_global.py:3:5: error: name 'x' is parameter and global [NameBothParameterAndGlobal]
# CHECK:STDERR:     3 |     global x
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
