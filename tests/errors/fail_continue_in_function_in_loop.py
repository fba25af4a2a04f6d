for i in range(3):
    def f():
        continue

# CHECK:STDERR: fail_continue_in_function_in_loop.py:3:9: error: 'continue' not properly in loop [InvalidOutsideLoop]
# CHECK:STDERR:     3 |         continue
# CHECK:STDERR:       |         ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
