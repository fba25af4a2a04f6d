# ARGS: check
if x:
