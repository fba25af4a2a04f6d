match 1:
    case None | True | x.y | z:
        pass

# CHECK:STDERR: fail_case_value_keyword.py:2:30: error: alternative patterns bind different names [InvalidPattern]
# CHECK:STDERR:     2 |     case None | True | x.y | z:
# CHECK:STDERR:       |                              ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
