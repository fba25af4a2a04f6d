# ARGS: check
break

# CHECK:STDERR: fail_break_outside_loop.py:2:1: error: 'break' outside loop [InvalidOutsideLoop]
# CHECK:STDERR:     2 | break
# CHECK:STDERR:       | ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
