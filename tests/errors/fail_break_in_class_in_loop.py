for i in range(3):
    class C:
        break

# CHECK:STDERR: fail_break_in_class_in_loop.py:3:9: error: 'break' outside loop [InvalidOutsideLoop]
# CHECK:STDERR:     3 |         break
# CHECK:STDERR:       |         ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
