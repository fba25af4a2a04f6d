# Bare raise re-raises the exception being handled.
def inner():
    raise KeyError("inner-key")

def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it")
        raise

try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))
