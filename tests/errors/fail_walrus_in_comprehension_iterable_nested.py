x = [y for y in (z := [1])]

# CHECK:STDERR: fail_walrus_in_comprehension_iterable_nested.py:1:18: error: assignment expression cannot be used in a comprehension iterable expression [ComprehensionBinding]
# CHECK:STDERR:     1 | x = [y for y in (z := [1])]
# CHECK:STDERR:       |                  ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
