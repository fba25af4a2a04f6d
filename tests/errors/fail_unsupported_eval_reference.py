# ARGS: build --emit=ir %s
f = eval
print(f("1"))

# CHECK:STDERR: fail_unsupported_eval_reference.py:2:5: error: 'eval' is not supported (a compiled program has no Python compiler at run time) [UnsupportedSyntax]
# CHECK:STDERR:     2 | f = eval
# CHECK:STDERR:       |     ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
