a = []
a.append() += 1

# CHECK:STDERR: fail_augassign_attribute_call.py:2:1: error: 'function call' is an illegal expression for augmented assignment [InvalidTarget]
# CHECK:STDERR:     2 | a.append() += 1
# CHECK:STDERR:       | ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
