# ARGS: check
def f():
    nonlocal x

# CHECK:STDERR: fail_nonlocal_no_binding.py:3:5: error: no binding for nonlocal 'x' found [NoBindingForNonlocal]
# CHECK:STDERR:     3 |     nonlocal x
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
