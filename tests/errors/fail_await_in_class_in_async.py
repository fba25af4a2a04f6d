async def f():
    class C:
        await f()

# CHECK:STDERR: fail_await_in_class_in_async.py:3:9: error: 'await' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     3 |         await f()
# CHECK:STDERR:       |         ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
