# ARGS: build --emit=ir %s
# taipan: python3.12
type X = int
x = 1
type Y[T] = list[T]

# CHECK:STDERR: fail_unsupported.py:3:1: error: 'type' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     3 | type X = int
# CHECK:STDERR:       | ^~~~~~~~~~~~
# CHECK:STDERR: fail_unsupported.py:5:1: error: 'type' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     5 | type Y[T] = list[T]
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
