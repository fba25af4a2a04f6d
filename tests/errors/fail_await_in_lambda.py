# ARGS: check
async def f():
    return lambda: await g()

# CHECK:STDERR: fail_await_in_lambda.py:3:20: error: 'await' outside async function [AsyncOutsideAsyncFunction]
# CHECK:STDERR:     3 |     return lambda: await g()
# CHECK:STDERR:       |                    ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
