# An exception raised while handling another: the last line is the new one.
try:
    int("nope")
except ValueError:
    print("handling")
    raise RuntimeError("handler failed")
