# ARGS: build --emit=ir %s
bases = (object,)
class C(*bases):
    pass

# CHECK:STDERR: fail_unsupported.py:3:9: error: 'starred base classes' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     3 | class C(*bases):
# CHECK:STDERR:       |         ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
