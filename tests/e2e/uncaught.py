# An uncaught exception: stdout up to the failure, CPython's last traceback
# line on stderr, exit status 1.
def divide(a, b):
    return a // b


total = 0
for i in range(1, 4):
    total += divide(12, i)
print("total", total)
print(divide(1, 0))
