f = lambda a, a: 0

# CHECK:STDERR: fail_lambda_duplicate_argument.py:1:15: error: duplicate argument 'a' in function definition [DuplicateArgument]
# CHECK:STDERR:     1 | f = lambda a, a: 0
# CHECK:STDERR:       |               ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
