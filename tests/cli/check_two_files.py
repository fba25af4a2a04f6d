# ARGS: check %s %s
"""`check` accepts several files (here the same one twice) and checks each."""
x = 1

# CHECK:EXIT: 0
