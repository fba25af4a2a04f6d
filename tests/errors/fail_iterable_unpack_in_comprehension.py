a = [[1]]
b = [*x for x in a]

# CHECK:STDERR: fail_iterable_unpack_in_comprehension.py:2:6: error: iterable unpacking cannot be used in comprehension [InvalidStarredExpression]
# CHECK:STDERR:     2 | b = [*x for x in a]
# CHECK:STDERR:       |      ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
