# A naked exception meets except*: it is wrapped in ExceptionGroup('', [exc]).
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e.message), repr(e.exceptions[0]))
    print(e.exceptions[0].args)
try:
    try:
        raise KeyError("unmatched")
    except* ValueError:
        print("not here")
except KeyError as k:
    print("propagates naked:", repr(k))
try:
    try:
        raise ValueError("re")
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("bare raise gives the group:", repr(g))
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise TypeError("new")
except Exception as x:
    print("new exception:", repr(x), repr(x.__context__))
def f():
    try:
        1 / 0
    except* ZeroDivisionError as e:
        return_value = repr(e)
    return return_value
print(f())
