# ARGS: build --emit=ir %s
async def gen():
    await other()

try:
    pass
except* ValueError:
    pass

# CHECK:STDERR: fail_unsupported.py:2:1: error: 'async def' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     2 | async def gen():
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~
# CHECK:STDERR: fail_unsupported.py:5:1: error: 'except*' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     5 | try:
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
