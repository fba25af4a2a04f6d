# ARGS: check
class C:
    return 1

# CHECK:STDERR: fail_return_in_class.py:3:5: error: 'return' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     3 |     return 1
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
