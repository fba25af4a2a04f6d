# ARGS: check
def f():
    async with x:
        pass

# CHECK:STDERR: fail_async_with_outside_async.py:3:5: error: 'async with' outside async function [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     3 |     async with x:
# CHECK:STDERR:       |     ^~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
