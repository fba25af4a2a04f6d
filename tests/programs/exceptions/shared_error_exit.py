# Several raising sites in one function share its error exit (decision
# 0039): each traceback still names the line that raised.
import traceback


def work(kind, d, xs):
    a = d["a"]
    if kind == 1:
        b = xs[10]
    elif kind == 2:
        b = d["missing"]
    elif kind == 3:
        b = a.nope
    elif kind == 4:
        b = 1 // (a - a)
    else:
        b = int("x" + str(a))
    return b


for k in range(1, 6):
    try:
        work(k, {"a": 3}, [1, 2])
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(k, type(e).__name__, [f.lineno for f in tb][-1], tb[-1].line)
