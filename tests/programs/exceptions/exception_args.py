# args, str() and repr() of exception instances.
e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(Exception()), repr(Exception()))
print(repr(RuntimeError("x")), str(IndexError("list index out of range")))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
