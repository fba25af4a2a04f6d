# ARGS: build --emit=ir %s
def run(code):
    def inner():
        return exec(code)
    return inner

# CHECK:STDERR: fail_unsupported_exec_nested.py:4:16: error: 'exec' is not supported (a compiled program has no Python compiler at run time) [UnsupportedSyntax]
# CHECK:STDERR:     4 |         return exec(code)
# CHECK:STDERR:       |                ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
