if True:
        x = 1
    y = 2

# CHECK:STDERR: fail_dedent_to_unknown_level.py:3:10: error: unindent does not match any outer indentation level [UnindentMismatch]
# CHECK:STDERR:     3 |     y = 2
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
