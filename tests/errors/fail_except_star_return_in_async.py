# ARGS: check
async def f():
    try:
        await g()
    except* (ValueError, TypeError):
        return 1

# CHECK:STDERR: fail_except_star_return_in_async.py:6:16: error: 'break', 'continue' and 'return' cannot appear in an except* block [ControlFlowInExceptStar]
# CHECK:STDERR:     6 |         return 1
# CHECK:STDERR:       |                ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
