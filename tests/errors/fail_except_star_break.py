# ARGS: check
for item in items:
    try:
        pass
    except* ValueError:
        break

# CHECK:STDERR: fail_except_star_break.py:6:9: error: 'break', 'continue' and 'return' cannot appear in an except* block [ControlFlowInExceptStar]
# CHECK:STDERR:     6 |         break
# CHECK:STDERR:       |         ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
