# ARGS: check
s = '''never
