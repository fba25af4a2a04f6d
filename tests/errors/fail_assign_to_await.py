async def f():
    await f() = 1

# CHECK:STDERR: fail_assign_to_await.py:2:5: error: cannot assign to await expression here. Maybe you meant '==' instead of '='? [InvalidTarget]
# CHECK:STDERR:     2 |     await f() = 1
# CHECK:STDERR:       |     ^~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
