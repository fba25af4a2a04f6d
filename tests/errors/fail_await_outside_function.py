# ARGS: check
await x

# CHECK:STDERR: fail_await_outside_function.py:2:1: error: 'await' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     2 | await x
# CHECK:STDERR:       | ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
