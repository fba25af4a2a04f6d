True += 1

# CHECK:STDERR: fail_augassign_true.py:1:1: error: 'True' is an illegal expression for augmented assignment [InvalidTarget]
# CHECK:STDERR:     1 | True += 1
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
