# except* with else/finally, nesting, loops and functions around it.
def f(kind):
    out = []
    try:
        if kind == "v":
            raise ExceptionGroup("g", [ValueError()])
        if kind == "t":
            raise TypeError("t")
        out.append("body ok")
    except* ValueError:
        out.append("V")
    except* TypeError:
        out.append("T")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

for k in ["v", "t", "none"]:
    print(k, f(k))

for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i), TypeError(i)])
    except* ValueError as e:
        print(i, "V", e.exceptions)
    except* TypeError as e:
        print(i, "T", e.exceptions)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("inner handles V")
except* KeyError as e:
    print("outer handles", repr(e))

def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("V in g")
    finally:
        print("finally in g")
try:
    g()
except ExceptionGroup as e:
    print("caller got", repr(e))
