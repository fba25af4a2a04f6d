# ARGS: check
print 'hello'

# CHECK:STDERR: fail_print_statement.py:2:1: error: Missing parentheses in call to 'print'. Did you mean print(...)? [InvalidSyntax]
# CHECK:STDERR:     2 | print 'hello'
# CHECK:STDERR:       | ^~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
