# ARGS: check
while True:
    try:
        pass
    except* ValueError:
        continue

# CHECK:STDERR: fail_except_star_continue.py:6:9: error: 'break', 'continue' and 'return' cannot appear in an except* block [ControlFlowInExceptStar]
# CHECK:STDERR:     6 |         continue
# CHECK:STDERR:       |         ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
