# ARGS: check
return 1

# CHECK:STDERR: fail_return_outside_function.py:2:1: error: 'return' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     2 | return 1
# CHECK:STDERR:       | ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
