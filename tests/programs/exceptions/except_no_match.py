# An except clause that does not match lets the exception through to an outer one.
def f():
    try:
        {}["x"]
    except ValueError:
        print("wrong handler")
    print("not reached")

try:
    f()
except KeyError as e:
    print("outer KeyError", e)
