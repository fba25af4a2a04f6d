# ARGS: check
x = 1
s = """never closed
more text
