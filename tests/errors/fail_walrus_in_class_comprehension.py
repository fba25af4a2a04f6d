# ARGS: check
class C:
    y = [(z := 1) for x in w]

# CHECK:STDERR: fail_walrus_in_class_comprehension.py:3:11: error: assignment expression within a comprehension cannot be used in a class body [ComprehensionBinding]
# CHECK:STDERR:     3 |     y = [(z := 1) for x in w]
# CHECK:STDERR:       |           ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
