# ARGS: check
def f(x):
    nonlocal x

# CHECK:STDERR: fail_parameter_and_nonlocal.py:3:5: error: name 'x' is parameter and nonlocal [NameBothParameterAndGlobal]
# CHECK:STDERR:     3 |     nonlocal x
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
