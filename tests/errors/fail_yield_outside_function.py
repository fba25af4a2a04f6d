# ARGS: check
yield 1

# CHECK:STDERR: fail_yield_outside_function.py:2:1: error: 'yield' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     2 | yield 1
# CHECK:STDERR:       | ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
