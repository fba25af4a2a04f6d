# taipan: python3.12
# ARGS: build --emit=ir %s
class C:
    x = int
    type T = list[x]

# CHECK:STDERR: fail_unsupported_type_alias_class_name.py:5:5: error: 'a type alias using a name of its class body' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     5 |     type T = list[x]
# CHECK:STDERR:       |     ^~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
