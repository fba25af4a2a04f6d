# .message, .exceptions, .args, str() and repr() of exception groups.
e = ExceptionGroup("two", [ValueError(1), TypeError("t")])
print(e.message, e.exceptions, e.args)
print(str(e))
print(repr(e))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))
print(type(one.exceptions).__name__, len(one.exceptions))
nested = ExceptionGroup("outer", [e, one, OSError(2, "nope")])
print(str(nested))
print(repr(nested))
print([type(x).__name__ for x in nested.exceptions])
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(3)])
print(b, repr(b), b.message)
lst = [ValueError(1)]
g = ExceptionGroup("from list", lst)
lst.append(TypeError(2))
print(g.exceptions, g.args[1])
print(ExceptionGroup("", [ValueError()]))
try:
    raise nested
except ExceptionGroup as caught:
    print("caught", caught.message, len(caught.exceptions))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except Exception as caught:
    print("as Exception:", type(caught).__name__)
