# ARGS: check
x = 1 if y

# CHECK:STDERR: fail_if_expression_no_else.py:2:5: error: expected 'else' after 'if' expression [InvalidSyntax]
# CHECK:STDERR:     2 | x = 1 if y
# CHECK:STDERR:       |     ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
