a = {}
a[x := 1] = 2
b = (x := 1, y := 2)
c = x := 3

# CHECK:STDERR: fail_unparenthesized_walrus_in_index.py:4:7: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     4 | c = x := 3
# CHECK:STDERR:       |       ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
