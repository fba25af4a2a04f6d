# ARGS: check
y = [x := 1 for x in z]

# CHECK:STDERR: fail_walrus_rebinds_iteration_var.py:2:6: error: assignment expression cannot rebind comprehension iteration variable 'x' [ComprehensionBinding]
# CHECK:STDERR:     2 | y = [x := 1 for x in z]
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
