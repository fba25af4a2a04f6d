# ARGS: check
def f():
    async for x in y:
        pass

# CHECK:STDERR: fail_async_for_outside_async.py:3:5: error: 'async for' outside async function [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     3 |     async for x in y:
# CHECK:STDERR:       |     ^~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
