# ARGS: check --emit=tokens
x = 1
y = """abc

z = 2
