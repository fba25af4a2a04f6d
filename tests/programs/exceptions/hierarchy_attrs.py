# The builtin exception hierarchy, custom exceptions with args/str/repr, and attribute details.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "ArithmeticError",
         "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
         "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
         "MemoryError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "PermissionError",
         "FileExistsError", "IsADirectoryError", "NotADirectoryError", "TimeoutError", "ConnectionError",
         "BrokenPipeError", "ConnectionResetError", "InterruptedError", "ChildProcessError", "ProcessLookupError",
         "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "StopIteration",
         "StopAsyncIteration", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
         "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
         "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
         "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
         "EncodingWarning", "ConnectionAbortedError", "ConnectionRefusedError", "BlockingIOError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] not found"
e = AppError(500, "boom")
print(e.args, str(e), repr(e), e.code)
n = NotFound(404, "x")
print(str(n), repr(n), n.args, isinstance(n, AppError), isinstance(n, Exception))
print(repr(Exception()), str(Exception()), repr(Exception("one")), str(Exception("a", "b")), repr(ValueError(1, 2)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
try:
    raise NotFound(1, 2)
except AppError as err:
    print("caught", type(err).__name__, err)
try:
    raise StopIteration(42)
except StopIteration as s:
    print(s.value, s.args)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
ose = OSError(2, "No such file")
print(ose.errno, ose.strerror, str(ose), ose.filename)
fnf = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(fnf), type(fnf).__name__, fnf.filename)
print(type(OSError(2, "x")).__name__)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(ue), ue.start, ue.end, ue.reason, ue.encoding)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
class WithSlots(Exception):
    pass
w = WithSlots("m")
w.extra = 5
print(w.extra, w.__dict__)
e2 = ValueError("v")
e2.add_note("a note")
e2.add_note("second")
print(e2.__notes__)
try:
    e2.add_note(5)
except TypeError as t:
    print(t)
print(ValueError("x") == ValueError("x"), issubclass(KeyError, LookupError), BaseException.__subclasses__ is not None)
ex = Exception("a")
ex.args = ("b", "c")
print(ex, ex.with_traceback(None) is ex)
