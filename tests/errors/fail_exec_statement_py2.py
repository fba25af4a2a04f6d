exec 'x = 1'

# CHECK:STDERR: fail_exec_statement_py2.py:1:1: error: Missing parentheses in call to 'exec'. Did you mean exec(...)? [InvalidSyntax]
# CHECK:STDERR:     1 | exec 'x = 1'
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
