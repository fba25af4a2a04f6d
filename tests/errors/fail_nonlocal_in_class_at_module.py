class C:
    nonlocal x

# CHECK:STDERR: fail_nonlocal_in_class_at_module.py:2:5: error: no binding for nonlocal 'x' found [NoBindingForNonlocal]
# CHECK:STDERR:     2 |     nonlocal x
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
