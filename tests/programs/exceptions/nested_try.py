# Nested try blocks and exceptions raised inside handlers and finally.
log = []
try:
    try:
        log.append("a")
        raise ValueError("first")
    except ValueError:
        log.append("b")
        raise TypeError("second")
    finally:
        log.append("c")
except TypeError as e:
    log.append("d:" + str(e))
print(log)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_finally())
