a = [{}]
b = {**d for d in a}

# CHECK:STDERR: fail_dict_unpack_in_comprehension.py:2:6: error: dict unpacking cannot be used in dict comprehension [InvalidStarredExpression]
# CHECK:STDERR:     2 | b = {**d for d in a}
# CHECK:STDERR:       |      ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
