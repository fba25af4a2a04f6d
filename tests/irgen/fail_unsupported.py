# ARGS: build --emit=ir %s
async def gen():
    await other()

with open("x") as fh:
    pass

# CHECK:STDERR: fail_unsupported.py:2:1: error: 'async def' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     2 | async def gen():
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~
# CHECK:STDERR: fail_unsupported.py:5:1: error: 'with' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     5 | with open("x") as fh:
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
