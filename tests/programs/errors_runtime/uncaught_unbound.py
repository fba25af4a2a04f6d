# An uncaught UnboundLocalError inside a nested call.
def f(flag):
    if flag:
        x = 1
    return x
print(f(True))
print(f(False))
