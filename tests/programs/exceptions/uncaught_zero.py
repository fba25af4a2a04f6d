# An uncaught ZeroDivisionError: traceback to stderr, exit status 1.
def divide(a, b):
    return a / b

print("before")
print(divide(1, 0))
print("never printed")
