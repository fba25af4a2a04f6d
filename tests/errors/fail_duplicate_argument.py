# ARGS: check
def f(a, b, a):
    pass

# CHECK:STDERR: fail_duplicate_argument.py:2:13: error: duplicate argument 'a' in function definition [DuplicateArgument]
# CHECK:STDERR:     2 | def f(a, b, a):
# CHECK:STDERR:       |             ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
