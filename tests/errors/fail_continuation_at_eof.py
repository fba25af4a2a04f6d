# ARGS: check
x = 1 + \
