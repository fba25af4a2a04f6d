# An exception thrown into a generator that does not catch it propagates
# out of throw().
def g():
    try:
        yield 1
    finally:
        print("cleanup")


it = g()
next(it)
it.throw(KeyError("thrown"))
