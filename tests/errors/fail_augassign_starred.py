a = [1]
*a += 1

# CHECK:STDERR: fail_augassign_starred.py:2:1: error: 'starred' is an illegal expression for augmented assignment [InvalidTarget]
# CHECK:STDERR:     2 | *a += 1
# CHECK:STDERR:       | ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
