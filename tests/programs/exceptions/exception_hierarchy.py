# The builtin exception hierarchy.
classes = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError,
           NameError, RuntimeError, NotImplementedError, AssertionError, OverflowError, StopIteration,
           UnboundLocalError, RecursionError]
for c in classes:
    names = []
    for base in [ArithmeticError, LookupError, RuntimeError, NameError, Exception]:
        if issubclass(c, base):
            names.append(base.__name__)
    print(c.__name__, names)
