a = [1]
if a[0] := 1:
    pass

# CHECK:STDERR: fail_walrus_subscript.py:2:4: error: cannot use assignment expressions with subscript [InvalidTarget]
# CHECK:STDERR:     2 | if a[0] := 1:
# CHECK:STDERR:       |    ^~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
