# Uncaught RecursionError: traceback, exit status 1, output flushed first.
def down(n):
    return down(n + 1)


print("start")
down(0)
