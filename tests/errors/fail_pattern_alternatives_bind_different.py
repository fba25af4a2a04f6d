# ARGS: check
match x:
    case (1 |
          a):
        pass

# CHECK:STDERR: fail_pattern_alternatives_bind_different.py:4:11: error: alternative patterns bind different names [InvalidPattern]
# CHECK:STDERR:     4 |           a):
# CHECK:STDERR:       |           ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
