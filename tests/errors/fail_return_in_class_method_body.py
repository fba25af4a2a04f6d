class C:
    x = 1
    return x

# CHECK:STDERR: fail_return_in_class_method_body.py:3:5: error: 'return' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     3 |     return x
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
