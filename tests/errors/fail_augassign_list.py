[a] += [1]

# CHECK:STDERR: fail_augassign_list.py:1:1: error: 'list' is an illegal expression for augmented assignment [InvalidTarget]
# CHECK:STDERR:     1 | [a] += [1]
# CHECK:STDERR:       | ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
