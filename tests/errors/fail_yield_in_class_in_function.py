def f():
    class C:
        yield 1

# CHECK:STDERR: fail_yield_in_class_in_function.py:3:9: error: 'yield' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     3 |         yield 1
# CHECK:STDERR:       |         ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
