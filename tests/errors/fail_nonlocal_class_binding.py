# ARGS: check
class C:
    x = 1
    def f(self):
        nonlocal x

# CHECK:STDERR: fail_nonlocal_class_binding.py:5:9: error: no binding for nonlocal 'x' found [NoBindingForNonlocal]
# CHECK:STDERR:     5 |         nonlocal x
# CHECK:STDERR:       |         ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
