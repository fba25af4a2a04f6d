# Exception subclasses with attributes: the slots come after the builtin
# exception struct, and everything exceptions do (args, str, raising,
# chaining, __notes__) keeps working.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
        self.msg = msg


class DetailError(AppError):
    def __init__(self, code, msg, detail):
        super().__init__(code, msg)
        self.detail = detail
        self.ratio = 0.5

    def __str__(self):
        return f"{self.msg} [{self.code}] ({self.detail})"


try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.args, e.code, e.msg, vars(e))

try:
    raise DetailError(500, "boom", "disk")
except AppError as e:
    print(str(e), repr(e), e.args, e.ratio, vars(e))
    e.add_note("a note")
    print(vars(e)["__notes__"], e.__notes__)

try:
    try:
        raise DetailError(1, "inner", "x")
    except DetailError as inner:
        raise AppError(2, "outer") from inner
except AppError as outer:
    print(outer, outer.__cause__, type(outer.__cause__).__name__, outer.__cause__.detail)


class Plain(ValueError):
    pass


pl = Plain("v")
pl.extra = 1
print(pl, vars(pl), pl.extra)


class KeyedError(KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


try:
    raise KeyedError("k")
except LookupError as e:
    print(repr(e), str(e), e.key)


class Stop(StopIteration):
    def __init__(self, v):
        super().__init__(v)
        self.v2 = v * 2


s = Stop(4)
print(s.value, s.v2, s.args)
errs = [AppError(i, str(i)) for i in range(3)]
print([(x.code, x.msg) for x in errs])
