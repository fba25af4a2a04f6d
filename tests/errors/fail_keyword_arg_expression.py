def f(**k):
    pass
f(a.b=1)

# CHECK:STDERR: fail_keyword_arg_expression.py:3:3: error: expression cannot contain assignment, perhaps you meant "=="? [InvalidArguments]
# CHECK:STDERR:     3 | f(a.b=1)
# CHECK:STDERR:       |   ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
