# ARGS: check
f(x for x in y, 1)

# CHECK:STDERR: fail_generator_not_parenthesized.py:2:3: error: Generator expression must be parenthesized [InvalidArguments]
# CHECK:STDERR:     2 | f(x for x in y, 1)
# CHECK:STDERR:       |   ^~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
