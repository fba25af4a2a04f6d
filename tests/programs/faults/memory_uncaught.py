# An uncaught MemoryError prints a bare `MemoryError` line, status 1.
print("before")
big = [0] * 10**12
print("not reached")
