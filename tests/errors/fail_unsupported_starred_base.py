# ARGS: build --emit=ir %s
bases = (object,)


class C(*bases):
    pass

# CHECK:STDERR: fail_unsupported_starred_base.py:5:9: error: 'starred base classes' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     5 | class C(*bases):
# CHECK:STDERR:       |         ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
