# split() and subgroup() by type, tuple of types and predicate, nesting.
def show(x):
    if x is None:
        return "None"
    if isinstance(x, BaseExceptionGroup):
        return f"{type(x).__name__}({x.message!r}, [{', '.join(show(s) for s in x.exceptions)}])"
    return repr(x)

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), KeyError(4)]), OSError(5)])
for cond in [ValueError, TypeError, (KeyError, OSError), LookupError, Exception, ZeroDivisionError,
             lambda e: isinstance(e, ValueError) and e.args[0] > 1,
             lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"]:
    m, r = eg.split(cond)
    print(show(m), "|", show(r))
    print("  sub:", show(eg.subgroup(cond)))
print(eg.subgroup(Exception) is eg)
print(eg.split(Exception)[0] is eg)
for bad in [3, int, (ValueError, 3), "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) and False)
print(seen)
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
m, r = b.split(Exception)
print(show(m), show(r))
m, r = b.split(KeyboardInterrupt)
print(show(m), show(r))
