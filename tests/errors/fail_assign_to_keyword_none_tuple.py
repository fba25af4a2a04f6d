a, None = 1, 2

# CHECK:STDERR: fail_assign_to_keyword_none_tuple.py:1:4: error: cannot assign to None [InvalidTarget]
# CHECK:STDERR:     1 | a, None = 1, 2
# CHECK:STDERR:       |    ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
