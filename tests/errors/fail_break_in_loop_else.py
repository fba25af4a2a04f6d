# ARGS: check
for x in y:
    pass
else:
    break

# CHECK:STDERR: fail_break_in_loop_else.py:5:5: error: 'break' outside loop [InvalidOutsideLoop]
# CHECK:STDERR:     5 |     break
# CHECK:STDERR:       |     ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
