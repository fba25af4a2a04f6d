# Groups as ordinary exceptions: with, generators, class hierarchy checks.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__ if t else None, str(v) if v else "")
        return isinstance(v, ExceptionGroup) and v.subgroup(KeyError) is not None

with Resource():
    raise ExceptionGroup("swallowed", [KeyError(1)])
try:
    with Resource():
        raise ExceptionGroup("kept", [ValueError(1)])
except ExceptionGroup as e:
    print("propagated", e)

def gen():
    try:
        yield 1
    except* ValueError as e:
        print("generator except*", repr(e))
        yield 2
g = gen()
print(next(g))
print(g.throw(ValueError("into gen")))

class AppError(Exception):
    pass
class DbError(AppError):
    pass
eg = ExceptionGroup("app", [DbError("db"), AppError("app"), ValueError("v")])
try:
    raise eg
except* DbError as e:
    print("db part", e.exceptions)
except* AppError as e:
    print("app part", e.exceptions)
except* ValueError as e:
    print("value part", e.exceptions)
print(eg.split(AppError)[0].exceptions)
print(eg.subgroup(lambda x: "d" in str(x)))
