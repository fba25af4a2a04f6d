# ARGS: check
a, b += 1

# CHECK:STDERR: fail_augassign_tuple.py:2:1: error: 'tuple' is an illegal expression for augmented assignment [InvalidTarget]
# CHECK:STDERR:     2 | a, b += 1
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
