# ARGS: check --diagnostics-format=json %s
x = 1

# CHECK:EXIT: 0
