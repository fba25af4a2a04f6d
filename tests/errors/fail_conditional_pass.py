x = 5 if 1 else pass

# CHECK:STDERR: fail_conditional_pass.py:1:17: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     1 | x = 5 if 1 else pass
# CHECK:STDERR:       |                 ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
