# ARGS: check
def f():
    return [j for i in range(5) if (j := 0) for j in range(2)]

# CHECK:STDERR: fail_walrus_inner_loop_rebind.py:3:49: error: comprehension inner loop cannot rebind assignment expression target 'j' [ComprehensionBinding]
# CHECK:STDERR:     3 |     return [j for i in range(5) if (j := 0) for j in range(2)]
# CHECK:STDERR:       |                                                 ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
