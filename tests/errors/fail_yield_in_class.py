# ARGS: check
class C:
    yield 1

# CHECK:STDERR: fail_yield_in_class.py:3:5: error: 'yield' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     3 |     yield 1
# CHECK:STDERR:       |     ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
