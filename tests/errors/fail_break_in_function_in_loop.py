# ARGS: check
for x in y:
    def f():
        break

# CHECK:STDERR: fail_break_in_function_in_loop.py:4:9: error: 'break' outside loop [InvalidOutsideLoop]
# CHECK:STDERR:     4 |         break
# CHECK:STDERR:       |         ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
