# ARGS: check
f(a + 1=2)

# CHECK:STDERR: fail_keyword_expression.py:2:3: error: expression cannot contain assignment, perhaps you meant "=="? [InvalidArguments]
# CHECK:STDERR:     2 | f(a + 1=2)
# CHECK:STDERR:       |   ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
