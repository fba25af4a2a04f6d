def f(**k):
    pass
f(1=2)

# CHECK:STDERR: fail_keyword_arg_literal.py:3:3: error: expression cannot contain assignment, perhaps you meant "=="? [InvalidArguments]
# CHECK:STDERR:     3 | f(1=2)
# CHECK:STDERR:       |   ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
