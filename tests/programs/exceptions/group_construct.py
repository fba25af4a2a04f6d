# ExceptionGroup / BaseExceptionGroup construction: argument checks and the
# class BaseExceptionGroup(...) picks.
cases = [(), ("m",), ("m", [], 1), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]),
         ("m", [ValueError(), 2]), ("m", None), ("m", {ValueError()})]
for args in cases:
    try:
        ExceptionGroup(*args)
        print("ok", args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), SystemExit()])).__name__)
print(type(ExceptionGroup("x", (ValueError(),))).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(isinstance(ExceptionGroup("a", [ValueError()]), Exception))
print(isinstance(BaseExceptionGroup("a", [GeneratorExit()]), Exception))
