# ARGS: check
def f():
    return [x async for x in y]

# CHECK:STDERR: fail_async_comprehension_outside_async.py:3:12: error: asynchronous comprehension outside of an asynchronous function [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     3 |     return [x async for x in y]
# CHECK:STDERR:       |            ^~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
