# ARGS: check
None = 1

# CHECK:STDERR: fail_assign_to_none.py:2:1: error: cannot assign to None [InvalidTarget]
# CHECK:STDERR:     2 | None = 1
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
