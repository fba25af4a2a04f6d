# ARGS: check --emit=tokens
x = 1 + \