# ARGS: check
y = [x for x in (z := w)]

# CHECK:STDERR: fail_walrus_iterable_expression.py:2:18: error: assignment expression cannot be used in a comprehension iterable expression [ComprehensionBinding]
# CHECK:STDERR:     2 | y = [x for x in (z := w)]
# CHECK:STDERR:       |                  ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
