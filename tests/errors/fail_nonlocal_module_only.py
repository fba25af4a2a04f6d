x = 1
def f():
    nonlocal x
    x = 2

# CHECK:STDERR: fail_nonlocal_module_only.py:3:5: error: no binding for nonlocal 'x' found [NoBindingForNonlocal]
# CHECK:STDERR:     3 |     nonlocal x
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
