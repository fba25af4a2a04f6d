# ARGS: check
async def f():
    yield 1
    return 2

# CHECK:STDERR: fail_return_value_async_generator.py:4:5: error: 'return' with value in async generator [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     4 |     return 2
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
