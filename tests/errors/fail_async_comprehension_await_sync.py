async def g():
    return 1
def f():
    return [await g() for _ in range(2)]

# CHECK:STDERR: fail_async_comprehension_await_sync.py:4:12: error: asynchronous comprehension outside of an asynchronous function [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     4 |     return [await g() for _ in range(2)]
# CHECK:STDERR:       |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
