# ARGS: check
async def f():
    yield from x

# CHECK:STDERR: fail_yield_from_async.py:3:5: error: 'yield from' inside async function [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     3 |     yield from x
# CHECK:STDERR:       |     ^~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
