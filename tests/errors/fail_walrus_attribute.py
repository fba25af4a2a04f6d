# ARGS: check
(a.b := 1)

# CHECK:STDERR: fail_walrus_attribute.py:2:2: error: cannot use assignment expressions with attribute [InvalidTarget]
# CHECK:STDERR:     2 | (a.b := 1)
# CHECK:STDERR:       |  ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
